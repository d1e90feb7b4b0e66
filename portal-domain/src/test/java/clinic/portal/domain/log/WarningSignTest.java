package clinic.portal.domain.log;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The urgency of warning signs and the life of an alert: reported, overdue, reviewed once. */
class WarningSignTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration LIMIT = Duration.ofMinutes(240);

    @ParameterizedTest
    @EnumSource(value = RedFlag.class, names = {"SADDLE_NUMBNESS", "BLADDER_OR_BOWEL", "SEXUAL_FUNCTION", "BOTH_LEGS"})
    void caudaEquinaSignsCallForEmergencyCare(RedFlag sign) {
        assertEquals(Optional.of(Urgency.EMERGENCY), Urgency.of(Set.of(sign)));
    }

    @ParameterizedTest
    @EnumSource(value = RedFlag.class, names = {"FEVER_OR_UNWELL", "WEIGHT_LOSS", "NIGHT_PAIN", "CANCER_HISTORY", "FALL_OR_INJURY"})
    void theOtherSignsCallForTheClinicToday(RedFlag sign) {
        assertEquals(Optional.of(Urgency.CLINIC_TODAY), Urgency.of(Set.of(sign)));
    }

    @Test
    void theStrongestAdviceWinsWhenSeveralSignsAreTicked() {
        assertEquals(Optional.of(Urgency.EMERGENCY), Urgency.of(EnumSet.of(RedFlag.NIGHT_PAIN, RedFlag.BOTH_LEGS)));
        assertEquals(Optional.of(Urgency.CLINIC_TODAY), Urgency.of(EnumSet.of(RedFlag.NIGHT_PAIN, RedFlag.WEIGHT_LOSS)));
        assertEquals(Optional.empty(), Urgency.of(Set.of()));
    }

    @Test
    void anAlertIsOverdueFromTheLimitUntilItIsReviewed() {
        RedFlagAlert alert = RedFlagAlert.reported(patient(), Set.of(RedFlag.NIGHT_PAIN), NOW);

        assertFalse(alert.isOverdueAt(NOW.plus(LIMIT).minusSeconds(1), LIMIT));
        assertTrue(alert.isOverdueAt(NOW.plus(LIMIT), LIMIT));

        assertTrue(alert.review(clinician(), ReviewOutcome.CALLED_PATIENT, "  Spoke to her, booked in  ", NOW.plusHours(5)));
        assertFalse(alert.isOverdueAt(NOW.plusHours(6), LIMIT));
        assertEquals("Spoke to her, booked in", alert.getReviewNote());
        assertEquals(ReviewOutcome.CALLED_PATIENT, alert.getOutcome());
    }

    @Test
    void onlyTheFirstReviewStands() {
        RedFlagAlert alert = RedFlagAlert.reported(patient(), Set.of(RedFlag.BOTH_LEGS), NOW);
        Account first = clinician();
        assertTrue(alert.review(first, ReviewOutcome.SENT_TO_EMERGENCY, null, NOW.plusMinutes(5)));
        assertFalse(alert.review(clinician(), ReviewOutcome.NO_ACTION_NEEDED, "later", NOW.plusMinutes(6)));
        assertEquals(ReviewOutcome.SENT_TO_EMERGENCY, alert.getOutcome());
        assertEquals(first, alert.getReviewedBy());
        assertEquals(NOW.plusMinutes(5), alert.getReviewedAt());
    }

    @Test
    void anAlertNeedsASign() {
        assertThrows(IllegalArgumentException.class, () -> RedFlagAlert.reported(patient(), Set.of(), NOW));
    }

    private static Account patient() {
        return new Account("pat", "Pat", "pat@example.org", Role.PATIENT);
    }

    private static Account clinician() {
        return new Account("clin" + System.nanoTime(), "Dr Clin", "clin@example.org", Role.CLINICIAN);
    }
}
