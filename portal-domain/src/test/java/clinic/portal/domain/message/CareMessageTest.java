package clinic.portal.domain.message;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareMessageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    private final Account clinician = account(1, "clin", Role.CLINICIAN);
    private final Account stranger = account(2, "other", Role.CLINICIAN);
    private final Account patient = account(3, "pat", Role.PATIENT);

    CareMessageTest() {
        patient.assignClinicians(List.of(clinician));
    }

    @Test
    void thePatientWritesToTheTeamAndTheirClinicianToThem() {
        CareMessage fromPatient = CareMessage.write(patient, patient, "  Stiff this morning.\n", NOW);
        assertTrue(fromPatient.isFromPatient());
        assertEquals("Stiff this morning.", fromPatient.getText(), "kept as written, without surrounding blanks");
        CareMessage answer = CareMessage.write(patient, clinician, "Keep walking.", NOW);
        assertFalse(answer.isFromPatient());
        assertEquals(NOW, answer.getSentAt());
    }

    @Test
    void nobodyElseWritesInTheConversationAndOnlyAPatientHasOne() {
        assertThrows(IllegalArgumentException.class, () -> CareMessage.write(patient, stranger, "Hi", NOW));
        assertThrows(IllegalArgumentException.class, () -> CareMessage.write(clinician, clinician, "Hi", NOW));
    }

    @Test
    void aMessageHasOneToTwoThousandCharacters() {
        assertThrows(IllegalArgumentException.class, () -> CareMessage.write(patient, patient, " \n ", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> CareMessage.write(patient, patient, "x".repeat(CareMessage.TEXT_MAX + 1), NOW));
        assertEquals(CareMessage.TEXT_MAX, CareMessage.write(patient, patient, "x".repeat(CareMessage.TEXT_MAX), NOW)
                .getText().length());
    }

    private static Account account(long id, String username, Role role) {
        Account account = new Account(username, username, username + "@example.org", role);
        try {
            var field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }
}
