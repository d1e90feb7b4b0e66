package clinic.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInDelaysTest {

    private static final SignInDelays DELAYS = new SignInDelays(5, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theFreeFailuresCostNothingThenEachDoublesUpToTheCap() {
        assertEquals(Duration.ZERO, DELAYS.after(0));
        assertEquals(Duration.ZERO, DELAYS.after(5));
        assertEquals(Duration.ofSeconds(1), DELAYS.after(6));
        assertEquals(Duration.ofSeconds(2), DELAYS.after(7));
        assertEquals(Duration.ofSeconds(32), DELAYS.after(11));
        assertEquals(Duration.ofSeconds(60), DELAYS.after(12));
        assertEquals(Duration.ofSeconds(60), DELAYS.after(Integer.MAX_VALUE));
    }

    @Test
    void anAttackerIsHeldToSixtyGuessesAnHourAndNeverLocksTheOwnerOut() {
        FailedSignIns failures = null;
        Instant now = T0;
        int heard = 0;
        while (now.isBefore(T0.plus(Duration.ofHours(1)))) {
            if (failures == null || failures.waitAt(now, DELAYS).isZero()) {
                failures = FailedSignIns.next(failures, now, DELAYS);
                heard++;
            }
            assertTrue(failures.waitAt(now, DELAYS).compareTo(Duration.ofSeconds(60)) <= 0, "never more than a minute");
            now = now.plusSeconds(1);
        }
        assertTrue(heard <= 5 + 6 + 60, "guesses heard in the first hour: " + heard);
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        FailedSignIns six = failures(6, T0);

        assertEquals(Duration.ofSeconds(1), six.waitAt(T0, DELAYS));
        assertEquals(Duration.ZERO, six.waitAt(T0.plusSeconds(1), DELAYS));
        assertTrue(six.isSlowingAt(T0.plusSeconds(1), DELAYS));
        assertFalse(failures(5, T0).isSlowingAt(T0, DELAYS));
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        FailedSignIns many = failures(20, T0);
        Instant later = T0.plus(Duration.ofHours(1));

        assertTrue(many.isForgottenAt(later, DELAYS));
        assertEquals(Duration.ZERO, many.waitAt(later, DELAYS));
        assertEquals(1, FailedSignIns.next(many, later, DELAYS).count());
        assertEquals(21, FailedSignIns.next(many, later.minusSeconds(1), DELAYS).count());
    }

    @Test
    void nonsensicalDelaysAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SignInDelays(-1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInDelays(1, Duration.ZERO, Duration.ofSeconds(2), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInDelays(1, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SignInDelays(1, Duration.ofSeconds(1), Duration.ofHours(2), Duration.ofHours(1)));
    }

    private static FailedSignIns failures(int count, Instant last) {
        return new FailedSignIns(count, last);
    }
}
