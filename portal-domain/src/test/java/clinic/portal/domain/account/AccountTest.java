package clinic.portal.domain.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

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
    void failedSignInsLockNothingAndAreToldAtTheNextSignIn() {
        account.changePassword("hash-2");
        for (int i = 0; i < 50; i++) {
            account.recordFailedSignIn(NOW.plusMinutes(i));
        }
        assertTrue(account.isEnabled());

        Account.FailuresSinceSignIn told = account.recordSignIn(NOW.plusHours(2));

        assertEquals(new Account.FailuresSinceSignIn(50, NOW.plusMinutes(49)), told);
        assertEquals(NOW.plusHours(2), account.getLastSignInAt());
        assertEquals(0, account.getFailedSignIns());
        assertEquals(Account.FailuresSinceSignIn.NONE, account.recordSignIn(NOW.plusHours(3)));
    }

    @Test
    void aPasswordResetMakesThePasswordTemporary() {
        account.changePassword("hash-2");

        account.resetPassword("hash-3");

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
}
