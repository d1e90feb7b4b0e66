package clinic.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordResetLinkTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aLinkWorksForThirtyMinutesForAnEnabledAccount() {
        Account account = new Account("sam", "Sam Patel", "sam@example.org", Role.PATIENT);
        account.open("hash", false, NOW);
        PasswordResetLink link = new PasswordResetLink(account, "a".repeat(64), NOW);
        assertTrue(link.isUsableAt(NOW.plusMinutes(29)));
        assertFalse(link.isUsableAt(NOW.plusMinutes(30)));
        account.disable();
        assertFalse(link.isUsableAt(NOW.plusMinutes(1)), "not for a disabled account");
    }
}
