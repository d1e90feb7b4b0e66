package clinic.portal.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failed sign-ins counted on one key, and when the last one was: immutable, so that a concurrent map can
 * replace it atomically.
 */
public record FailedSignIns(int count, Instant last) {

    public FailedSignIns {
        Objects.requireNonNull(last, "last");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }

    /** The first failure on a key, or the next one (counting afresh once the earlier ones are forgotten). */
    public static FailedSignIns next(FailedSignIns earlier, Instant now, SignInDelays delays) {
        if (earlier == null || earlier.isForgottenAt(now, delays)) {
            return new FailedSignIns(1, now);
        }
        return new FailedSignIns(earlier.count + 1, now);
    }

    /** How long from {@code now} until another attempt on this key is heard; zero when it is heard at once. */
    public Duration waitAt(Instant now, SignInDelays delays) {
        if (isForgottenAt(now, delays)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(delays.after(count)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Whether these failures have begun to slow attempts down (and are not yet forgotten). */
    public boolean isSlowingAt(Instant now, SignInDelays delays) {
        return count > delays.freeFailures() && !isForgottenAt(now, delays);
    }

    public boolean isForgottenAt(Instant now, SignInDelays delays) {
        return !now.isBefore(last.plus(delays.memory()));
    }
}
