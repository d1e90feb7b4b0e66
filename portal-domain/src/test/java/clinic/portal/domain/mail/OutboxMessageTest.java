package clinic.portal.domain.mail;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutboxMessageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    private static OutboxMessage message() {
        Account clinician = new Account("drjones", "Dr Jones", "jones@example.org", Role.CLINICIAN);
        return OutboxMessage.to(clinician, MailKind.WARNING_SIGN_REPORTED, "Subject", "Body", NOW);
    }

    @Test
    void aNewMessageIsDueAtOnceToTheAccountsAddress() {
        OutboxMessage message = message();
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(NOW, message.getNextAttemptAt());
        assertEquals("jones@example.org", message.getRecipient());
    }

    @Test
    void failuresAreRetriedAfterADoublingWaitUpToAnHourThenGivenUp() {
        assertEquals(Duration.ofMinutes(1), OutboxMessage.backOff(1));
        assertEquals(Duration.ofMinutes(2), OutboxMessage.backOff(2));
        assertEquals(Duration.ofMinutes(16), OutboxMessage.backOff(5));
        assertEquals(Duration.ofHours(1), OutboxMessage.backOff(7));
        assertEquals(Duration.ofHours(1), OutboxMessage.backOff(40));

        OutboxMessage message = message();
        message.failed("Connection refused", NOW);
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(NOW.plusMinutes(1), message.getNextAttemptAt());
        for (int i = 2; i <= OutboxMessage.MAX_ATTEMPTS; i++) {
            message.failed("Connection refused", NOW);
        }
        assertEquals(OutboxStatus.FAILED, message.getStatus());
        assertEquals(OutboxMessage.MAX_ATTEMPTS, message.getAttempts());
        assertEquals("Connection refused", message.getLastError());
    }

    @Test
    void onlyAFailedMessageIsRetriedAndItStartsAFreshSeries() {
        OutboxMessage message = message();
        assertThrows(IllegalStateException.class, () -> message.retry(NOW));
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.failed("550 mailbox unavailable", NOW);
        }
        message.retry(NOW.plusHours(2));
        assertEquals(OutboxStatus.PENDING, message.getStatus());
        assertEquals(0, message.getAttempts());
        assertEquals(NOW.plusHours(2), message.getNextAttemptAt());

        message.sent(NOW.plusHours(2));
        assertEquals(OutboxStatus.SENT, message.getStatus());
        assertNull(message.getLastError());
    }

    @Test
    void aPasswordLinkIsNotKeptOnceSentOtherTextsAre() {
        Account patient = new Account("sam", "Sam Patel", "sam@example.org", Role.PATIENT);
        OutboxMessage reset = OutboxMessage.to(patient, MailKind.PASSWORD_RESET, "Subject",
                "https://clinic.example/reset.xhtml?token=secret", NOW);
        reset.sent(NOW);
        assertEquals(OutboxMessage.SECRET_REMOVED, reset.getBody());

        OutboxMessage warning = message();
        warning.sent(NOW);
        assertEquals("Body", warning.getBody());
    }
}
