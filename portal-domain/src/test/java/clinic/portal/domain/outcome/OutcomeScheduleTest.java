package clinic.portal.domain.outcome;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.programme.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a questionnaire is due: from each of its days until it is answered. */
class OutcomeScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static OutcomeSchedule every(Integer weeks) {
        Account patient = new Account("ana", "Ana", "ana@example.org", Role.PATIENT);
        patient.assignClinicians(List.of(Fixtures.CLINICIAN));
        return OutcomeSchedule.ask(patient, Questionnaire.PSFS, START, weeks, Fixtures.CLINICIAN, NOW);
    }

    @Test
    void everyTwoWeeksFallsDueOnItsDaysUntilAnswered() {
        OutcomeSchedule schedule = every(2);
        assertFalse(schedule.isDueOn(START.minusDays(1), null), "not before its first day");
        assertEquals(START, schedule.nextDueAfter(START.minusDays(1)));
        assertTrue(schedule.isDueOn(START, null));
        assertTrue(schedule.isDueOn(START.plusDays(5), null), "still due until answered");
        assertFalse(schedule.isDueOn(START.plusDays(5), START.plusDays(3)), "answered this round");
        assertEquals(START.plusWeeks(2), schedule.nextDueAfter(START.plusDays(5)));
        assertTrue(schedule.isDueOn(START.plusWeeks(2), START.plusDays(3)), "the next round");
        assertEquals(START.plusWeeks(4), schedule.lastDueOn(START.plusWeeks(5)));
    }

    @Test
    void onceIsDueOnceAndNeverAgain() {
        OutcomeSchedule schedule = every(null);
        assertTrue(schedule.isDueOn(START.plusDays(30), null));
        assertFalse(schedule.isDueOn(START.plusDays(30), START.plusDays(1)));
        assertNull(schedule.nextDueAfter(START.plusDays(30)));
    }

    @Test
    void onlyTwoOrFourWeeksAndOnlyTheirOwnClinician() {
        assertThrows(IllegalArgumentException.class, () -> OutcomeSchedule.ask(Fixtures.PATIENT, Questionnaire.PAIN,
                START, 2, Fixtures.CLINICIAN, NOW));
        assertThrows(IllegalArgumentException.class, () -> every(3));
    }
}
