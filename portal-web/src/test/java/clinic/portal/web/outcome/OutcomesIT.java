package clinic.portal.web.outcome;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Band;
import clinic.portal.domain.outcome.Change;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.outcome.DueQuestionnaire;
import clinic.portal.ejb.outcome.OutcomeService;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.patient.ProgressReport;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcome questionnaires through the service, on a real Payara Micro and database: who may ask and read, when one is
 * due, answers refused with their reason, one answer per round, the change against the first, and the review flag of
 * a meaningful worsening. The pages are {@link OutcomePagesIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    private static final String PASSWORD = "quarry-lantern-oboe-58";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private OutcomeService outcomes;

    @Inject
    private ReviewService reviews;

    @Inject
    private PatientOverviews overviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestData data;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    private Account clinician;
    private Account stranger;
    private Account patient;
    private Account otherPatient;

    @BeforeEach
    void aPatientAndTheirClinician() {
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        stranger = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        otherPatient = data.openPatient(Unique.username("pat"), PASSWORD, stranger.getId());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aClinicianAsksThePatientAnswersWhenDueAndBothSeeTheChange() {
        as(clinician);
        outcomes.ask(patient.getId(), Questionnaire.PAIN, calendar.today(), 2);

        as(patient);
        List<DueQuestionnaire> due = outcomes.dueMine();
        assertEquals(List.of(Questionnaire.PAIN), due.stream().map(DueQuestionnaire::questionnaire).toList());
        assertEquals(calendar.today(), due.get(0).dueOn());
        assertEquals(6, outcomes.answerMine(Questionnaire.PAIN, pain(6, 8)).value());
        assertEquals(List.of(), outcomes.dueMine(), "answered this round");
        assertEquals(OutcomeService.NOT_DUE, assertThrows(RuleViolation.class,
                () -> outcomes.answerMine(Questionnaire.PAIN, pain(5, 8))).messageKey(), "one answer per round");

        clock.advance(Duration.ofDays(14));
        assertEquals(1, outcomes.dueMine().size(), "the next round, two weeks on");
        outcomes.answerMine(Questionnaire.PAIN, pain(3, 5));

        as(clinician);
        OutcomeTrack track = outcomes.outcomes(patient.getId()).get(0);
        assertEquals(Questionnaire.PAIN, track.questionnaire());
        assertEquals(List.of(6.0, 3.0), track.scores().stream().map(s -> s.score().value()).toList());
        assertEquals(8, track.first().score().subscore(), "the worst pain");
        assertEquals(Change.Trend.BETTER, track.change().trend());
        assertEquals(-3, track.change().difference());
        assertFalse(track.schedule().due());
        assertEquals(calendar.today().plusWeeks(2), track.schedule().nextDue());

        Caller.admin();
        assertEquals(2, audit.search(new AuditQuery(patient.getUsername(), AuditAction.QUESTIONNAIRE_ANSWERED, null,
                null), 0, 10).size());
        assertEquals(1, audit.search(new AuditQuery(clinician.getUsername(), AuditAction.QUESTIONNAIRE_SCHEDULED, null,
                null), 0, 10).size());
    }

    @Test
    void nobodyElseAsksOrReadsAndAPatientDoesNotAsk() {
        long id = patient.getId();
        as(stranger);
        assertThrows(NotFoundException.class, () -> outcomes.ask(id, Questionnaire.PSFS, calendar.today(), null));
        assertThrows(NotFoundException.class, () -> outcomes.outcomes(id));
        assertThrows(NotFoundException.class, () -> outcomes.stopAsking(id, Questionnaire.PSFS));
        as(otherPatient);
        assertThrows(NotFoundException.class, () -> outcomes.outcomes(id));
        assertThrows(EJBAccessException.class, () -> outcomes.ask(otherPatient.getId(), Questionnaire.PSFS,
                calendar.today(), null));
        assertEquals(OutcomeService.NOT_DUE, assertThrows(RuleViolation.class,
                () -> outcomes.answerMine(Questionnaire.PAIN, pain(1, 2))).messageKey(), "nothing asked, nothing due");
    }

    @Test
    void wrongSchedulesAndIncompleteAnswersAreRefusedWithTheirReason() {
        as(clinician);
        assertEquals(OutcomeService.PAST, assertThrows(RuleViolation.class, () -> outcomes.ask(patient.getId(),
                Questionnaire.PSFS, calendar.today().minusDays(1), null)).messageKey());
        RuleViolation every = assertThrows(RuleViolation.class, () -> outcomes.ask(patient.getId(),
                Questionnaire.PSFS, calendar.today(), 3));
        assertEquals(OutcomeService.EVERY, every.messageKey());
        assertEquals("everyWeeks", every.field());
        outcomes.ask(patient.getId(), Questionnaire.PSFS, calendar.today(), null);

        as(patient);
        RuleViolation missing = assertThrows(RuleViolation.class, () -> outcomes.answerMine(Questionnaire.PSFS,
                List.of(Answer.words("activity1", "Gardening"), Answer.number("ability1", 4),
                        Answer.words("activity2", "Sitting at work"))));
        assertEquals("questionnaire.violation.MISSING", missing.messageKey());
        assertEquals("ability2", missing.field());
        assertEquals("questionnaire.violation.NOT_ON_SCALE", assertThrows(RuleViolation.class,
                () -> outcomes.answerMine(Questionnaire.PSFS, List.of(Answer.words("activity1", "Gardening"),
                        Answer.number("ability1", 11)))).messageKey());
        assertEquals(1, outcomes.dueMine().size(), "nothing was kept of the refused answers");
        assertEquals(5.5, outcomes.answerMine(Questionnaire.PSFS, List.of(Answer.words("activity1", "Gardening"),
                Answer.number("ability1", 4), Answer.words("activity2", "Sitting at work"),
                Answer.number("ability2", 7))).value());
        clock.advance(Duration.ofDays(30));
        assertEquals(List.of(), outcomes.dueMine(), "asked once");
    }

    @Test
    void aPsfsStartsFromTheActivitiesNamedBeforeAndAMeaningfulWorseningIsAReviewFlag() {
        data.asked(patient.getId(), clinician.getId(), Questionnaire.PSFS, 14, 2);
        data.answered(patient.getId(), Questionnaire.PSFS, 14, List.of(Answer.words("activity1", "Lifting my son"),
                Answer.number("ability1", 6), Answer.words("activity2", "Driving"), Answer.number("ability2", 6)));
        data.asked(otherPatient.getId(), stranger.getId(), Questionnaire.STARTBACK, 14, 2);
        data.answered(otherPatient.getId(), Questionnaire.STARTBACK, 14, startBack(0));
        data.answered(otherPatient.getId(), Questionnaire.STARTBACK, 0, startBack(3, 1, 2, 3, 4, 5));

        as(patient);
        DueQuestionnaire psfs = outcomes.dueMine(Questionnaire.PSFS).orElseThrow();
        assertEquals(List.of("Lifting my son", "Driving"), psfs.previous().stream().map(Answer::getText)
                .filter(java.util.Objects::nonNull).toList());
        outcomes.answerMine(Questionnaire.PSFS, List.of(Answer.words("activity1", "Lifting my son"),
                Answer.number("ability1", 5), Answer.words("activity2", "Driving"), Answer.number("ability2", 5)));
        as(clinician);
        assertFalse(reviews.flags(patient.getId()).contains(ReviewFlag.OUTCOME_WORSE), "1 point: no clear change");

        clock.advance(Duration.ofDays(14));
        as(patient);
        outcomes.answerMine(Questionnaire.PSFS, List.of(Answer.words("activity1", "Lifting my son"),
                Answer.number("ability1", 3), Answer.words("activity2", "Driving"), Answer.number("ability2", 4)));
        as(clinician);
        assertTrue(reviews.flags(patient.getId()).contains(ReviewFlag.OUTCOME_WORSE), "6 to 3.5: worse by 2.5");
        OutcomeTrack track = outcomes.outcomes(patient.getId()).get(0);
        assertEquals(Change.Trend.WORSE, track.change().trend());
        assertEquals(3, track.scores().size());

        as(stranger);
        OutcomeTrack startBack = outcomes.outcomes(otherPatient.getId()).get(0);
        assertEquals(Band.LOW_RISK, startBack.first().score().band());
        assertEquals(Band.MEDIUM_RISK, startBack.latest().score().band());
        assertTrue(reviews.flags(otherPatient.getId()).contains(ReviewFlag.OUTCOME_WORSE), "a higher risk group");
        outcomes.stopAsking(otherPatient.getId(), Questionnaire.STARTBACK);
        OutcomeTrack stopped = outcomes.outcomes(otherPatient.getId()).get(0);
        assertNull(stopped.schedule(), "no longer asked");
        assertEquals(2, stopped.scores().size(), "the answers stay");
    }

    @Test
    void theProgressReportIsForTheirOwnClinicianOverAWindowThatMakesSenseAndIsAudited() {
        data.asked(patient.getId(), clinician.getId(), Questionnaire.PAIN, 3, 2);
        data.answered(patient.getId(), Questionnaire.PAIN, 3, pain(5, 7));
        data.walkDaysAgo(patient.getId(), 2, 20, 4, 3);
        as(clinician);
        LocalDate today = calendar.today();
        ProgressReport report = overviews.report(patient.getId(), today.minusDays(6), today);
        assertEquals(patient.getDisplayName(), report.patient().displayName());
        assertEquals(7, report.adherence().days().size());
        assertEquals(20, report.adherence().days().stream().mapToLong(d -> d.minutesDone()).sum());
        assertEquals(5, report.outcomes().get(0).first().score().value());
        assertEquals(PatientOverviews.REPORT_ORDER, assertThrows(RuleViolation.class,
                () -> overviews.report(patient.getId(), today, today.minusDays(1))).messageKey());
        assertEquals(PatientOverviews.REPORT_FUTURE, assertThrows(RuleViolation.class,
                () -> overviews.report(patient.getId(), today, today.plusDays(1))).messageKey());
        assertEquals(PatientOverviews.REPORT_TOO_LONG, assertThrows(RuleViolation.class,
                () -> overviews.report(patient.getId(), today.minusDays(366), today)).messageKey());
        as(stranger);
        assertThrows(NotFoundException.class, () -> overviews.report(patient.getId(), today.minusDays(6), today));

        Caller.admin();
        assertEquals(1, audit.search(new AuditQuery(clinician.getUsername(), AuditAction.PROGRESS_REPORT_DOWNLOADED,
                null, null), 0, 10).size());
    }

    private static List<Answer> pain(int average, int worst) {
        return List.of(Answer.number("average", average), Answer.number("worst", worst));
    }

    private static List<Answer> startBack(int bothersome, int... agreed) {
        List<String> keys = List.of("leg", "shoulder", "walked", "dressed", "safe", "worry", "terrible", "enjoy");
        List<Answer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int item = i + 1;
            answers.add(Answer.number(keys.get(i), java.util.Arrays.stream(agreed).anyMatch(a -> a == item) ? 1 : 0));
        }
        answers.add(Answer.number("bothersome", bothersome));
        return answers;
    }

    private void as(Account account) {
        Caller.signIn(account.getUsername(), PASSWORD);
    }
}
