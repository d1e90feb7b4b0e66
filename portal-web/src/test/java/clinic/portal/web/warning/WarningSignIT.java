package clinic.portal.web.warning;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.Urgency;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warning-sign loop through its service, on a real Payara Micro and database: the advice by urgency, the
 * clinician's queue and badge, the review with its outcome, escalation when overdue (by moving the portal's clock,
 * not by waiting), new signs ticked in a correction, and ownership.
 */
@ExtendWith(ArquillianExtension.class)
class WarningSignIT {

    private static final String PASSWORD = "plum-harbour-violin-42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private SessionLogService sessions;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestData data;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    private Account clinician;
    private Account colleague;
    private Account patient;

    @BeforeEach
    void aPatientWithTwoClinicians() {
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        colleague = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId(), colleague.getId());
        data.setPhone(patient.getId(), "+44 1632 960000");
        PlanDraft plan = new PlanDraft();
        plan.addPhase("First days", null).add(data.exercise(1), Dose.minutes(10, 2, Frequency.PER_DAY));
        data.programmeSince(patient.getId(), clinician.getId(), 2, plan);
        Caller.signIn(patient.getUsername(), PASSWORD);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void theAdviceFollowsTheStrongestSignReported() {
        assertEquals(Urgency.CLINIC_TODAY, warningSigns.report(Set.of(RedFlag.NIGHT_PAIN)).urgency());
        assertEquals(Urgency.EMERGENCY, warningSigns.report(EnumSet.of(RedFlag.WEIGHT_LOSS, RedFlag.SADDLE_NUMBNESS)).urgency());

        List<WarningSign> mine = warningSigns.mine();
        assertEquals(2, mine.size());
        assertEquals(Urgency.EMERGENCY, mine.get(0).urgency(), "newest first");
        assertNull(mine.get(0).sessionDay(), "reported on its own, without a session");
    }

    @Test
    void aClinicianSeesTheSignInTheQueueWithTheContactAndReviewsItWithAnOutcome() {
        WarningSign reported = warningSigns.report(Set.of(RedFlag.FALL_OR_INJURY));

        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertEquals(1, warningSigns.openCount());
        WarningSign queued = warningSigns.queue().get(0);
        assertEquals(reported.id(), queued.id());
        assertEquals(patient.getDisplayName(), queued.patientName());
        assertEquals("+44 1632 960000", queued.patientPhone());
        assertEquals(patient.getEmail(), queued.patientEmail());
        assertFalse(queued.overdue());

        warningSigns.review(reported.id(), ReviewOutcome.BOOKED_APPOINTMENT, "Seen tomorrow 9:00");
        assertEquals(0, warningSigns.openCount());
        assertTrue(warningSigns.queue().isEmpty());

        Caller.signIn(colleague.getUsername(), PASSWORD);
        assertEquals(0, warningSigns.openCount(), "reviewed for the whole care team");
        assertThrows(RuleViolation.class, () -> warningSigns.review(reported.id(), ReviewOutcome.NO_ACTION_NEEDED, null),
                "the first review stands");

        Caller.signIn(patient.getUsername(), PASSWORD);
        WarningSign seen = warningSigns.mine().get(0);
        assertTrue(seen.reviewed());
        assertEquals(ReviewOutcome.BOOKED_APPOINTMENT, seen.outcome());
        assertEquals(clinician.getDisplayName(), seen.reviewedBy());

        Caller.admin();
        List<AuditEvent> lines = audit.search(
                new AuditQuery(clinician.getUsername(), AuditAction.WARNING_SIGN_REVIEWED, null, null), 0, 10);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).getDetail().contains("BOOKED_APPOINTMENT"), lines.get(0).getDetail());
        assertFalse(lines.get(0).getDetail().contains("tomorrow"), "the note is not copied into the audit trail");
    }

    @Test
    void anUnreviewedSignIsOverdueAfterTheLimitForEveryClinicianAndTheAdministrators() {
        WarningSign reported = warningSigns.report(Set.of(RedFlag.BOTH_LEGS));
        Duration limit = warningSigns.limit();
        assertEquals(Duration.ofMinutes(240), limit, "PORTAL_WARNING_ESCALATE_MINUTES defaults to four hours");

        clock.advance(limit.minusMinutes(1));
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertFalse(warningSigns.queue().get(0).overdue());
        Caller.admin();
        assertTrue(warningSigns.overdue().stream().noneMatch(w -> w.id() == reported.id()));

        clock.advance(Duration.ofMinutes(1));
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertTrue(warningSigns.queue().get(0).overdue());
        Caller.signIn(colleague.getUsername(), PASSWORD);
        assertTrue(warningSigns.queue().get(0).overdue(), "escalated to every clinician of the patient");
        Caller.admin();
        WarningSign escalated = warningSigns.overdue().stream().filter(w -> w.id() == reported.id()).findFirst().orElseThrow();
        assertEquals(List.of(clinician.getDisplayName(), colleague.getDisplayName()).stream().sorted().toList(),
                escalated.clinicians());
        assertTrue(warningSigns.overdueCount() >= 1);

        Caller.signIn(colleague.getUsername(), PASSWORD);
        warningSigns.review(reported.id(), ReviewOutcome.CALLED_PATIENT, null);
        Caller.admin();
        assertTrue(warningSigns.overdue().stream().noneMatch(w -> w.id() == reported.id()));
    }

    @Test
    void tickingANewSignWhileCorrectingASessionRaisesAnAlertForThatSign() {
        SessionLog walk = sessions.record(walk(), null).session();
        SessionEntry corrected = walk.toEntry();
        corrected.setRedFlags(Set.of(RedFlag.NIGHT_PAIN));
        SessionLog once = sessions.correct(walk.getId(), walk.getVersion(), corrected);

        SessionEntry again = once.toEntry();
        again.setRedFlags(EnumSet.of(RedFlag.NIGHT_PAIN, RedFlag.BLADDER_OR_BOWEL));
        again.setNote("worse today");
        SessionLog twice = sessions.correct(walk.getId(), once.getVersion(), again);

        SessionEntry unchanged = twice.toEntry();
        unchanged.setNote("same signs");
        sessions.correct(walk.getId(), twice.getVersion(), unchanged);

        List<WarningSign> mine = warningSigns.mine();
        assertEquals(2, mine.size(), "one alert per correction that ticked something new");
        assertEquals(Set.of(RedFlag.BLADDER_OR_BOWEL), mine.get(0).signs());
        assertEquals(Urgency.EMERGENCY, mine.get(0).urgency());
        assertEquals(Set.of(RedFlag.NIGHT_PAIN), mine.get(1).signs());
        assertEquals(walk.getLocalDay(), mine.get(1).sessionDay());
    }

    @Test
    void nobodyOutsideTheCareTeamSeesOrReviewsASign() {
        WarningSign reported = warningSigns.report(Set.of(RedFlag.CANCER_HISTORY));
        Account stranger = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);

        Caller.signIn(stranger.getUsername(), PASSWORD);
        assertEquals(0, warningSigns.openCount());
        assertTrue(warningSigns.queue().isEmpty());
        assertThrows(NotFoundException.class, () -> warningSigns.ofPatient(patient.getId()));
        assertThrows(NotFoundException.class,
                () -> warningSigns.review(reported.id(), ReviewOutcome.NO_ACTION_NEEDED, null));

        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertEquals(1, warningSigns.openCount(), "still open for the patient's own clinicians");
    }

    private SessionEntry walk() {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(1L);
        entry.setMinutes(10);
        entry.setPerformedAt(calendar.now().minusMinutes(5));
        return entry;
    }
}
