package clinic.portal.domain.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final SignInPolicy POLICY = new SignInPolicy(5, Duration.ofMinutes(15));

    private Account account;

    @BeforeEach
    void openAccount() {
        account = new Account("  Alice.Smith ", "Alice Smith", "alice@example.org", Role.PATIENT);
        account.open("hash-1", true, NOW);
    }

    @Test
    void usernameIsKeptTrimmedAndInLowerCase() {
        assertEquals("alice.smith", account.getUsername());
    }

    @Test
    void openedAccountIsEnabledWithATemporaryPassword() {
        assertTrue(account.isEnabled());
        assertTrue(account.isPasswordChangeRequired());
        assertEquals(NOW, account.getCreatedAt());
    }

    @Test
    void anAccountOpensOnce() {
        assertThrows(IllegalStateException.class, () -> account.open("hash-2", false, NOW));
    }

    @Test
    void fourFailuresDoNotLockButTheFifthDoes() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        assertFalse(account.isLockedAt(NOW));

        account.recordFailedSignIn(NOW, POLICY);

        assertTrue(account.isLockedAt(NOW));
        assertTrue(account.isLockedAt(NOW.plusMinutes(14).plusSeconds(59)));
        assertFalse(account.isLockedAt(NOW.plusMinutes(15)));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        lock();
        account.recordFailedSignIn(NOW.plusMinutes(10), POLICY);
        assertFalse(account.isLockedAt(NOW.plusMinutes(15)));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        account.recordSignIn(NOW.plusMinutes(1));

        assertEquals(0, account.getFailedSignIns());
        assertEquals(NOW.plusMinutes(1), account.getLastSignInAt());
        account.recordFailedSignIn(NOW.plusMinutes(2), POLICY);
        assertFalse(account.isLockedAt(NOW.plusMinutes(2)));
    }

    @Test
    void aPasswordResetLiftsTheLockAndMakesThePasswordTemporary() {
        account.changePassword("hash-2");
        lock();

        account.resetPassword("hash-3");

        assertFalse(account.isLockedAt(NOW));
        assertNull(account.getLockedUntil());
        assertTrue(account.isPasswordChangeRequired());
        assertTrue(account.passwordMatches("hash-3"::equals));
    }

    @Test
    void changingThePasswordEndsTheTemporaryOne() {
        account.changePassword("hash-2");

        assertFalse(account.isPasswordChangeRequired());
        assertTrue(account.passwordMatches("hash-2"::equals));
        assertFalse(account.passwordMatches("hash-1"::equals));
    }

    @Test
    void disableAndEnable() {
        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());
    }

    private void lock() {
        for (int i = 0; i < POLICY.maxFailures(); i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        assertTrue(account.isLockedAt(NOW));
    }
}
