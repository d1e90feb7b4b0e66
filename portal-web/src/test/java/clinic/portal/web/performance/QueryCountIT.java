package clinic.portal.web.performance;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.message.Conversations;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.patient.PatientViews;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.QueryCount;
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

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the busiest pages and calls cost in SQL statements, counted with EclipseLink's own session events: the same
 * whatever the number of patients or sessions (no N+1), and no more than the number pinned here (measured on H2 and
 * PostgreSQL alike). Each page is its one boundary call, counted warm (a second time) so that first-use lookups do
 * not count. The counter found the patient list's N+1 (the programmes' patients loaded one by one) and the patient
 * page's repeated ownership checks (45 statements while the page made seven service calls).
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

    /**
     * The statements each tab of the clinician's record of a patient takes, as measured (each with the ownership
     * check and the audit line of the read): the overview with the stored review, the progress tab's 30 days against
     * the plans, the questionnaires' schedules, scores and answers, and the programme's graph with its revisions.
     */
    private static final int PIN_OVERVIEW = 14;
    private static final int PIN_PROGRESS = 11;
    private static final int PIN_OUTCOMES = 6;
    private static final int PIN_PROGRAMME = 10;

    private static final String PASSWORD = "plum-harbour-violin-42";
    private static final long WALKING = 1;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private ReviewService reviews;

    @Inject
    private PatientOverviews overviews;

    @Inject
    private PatientViews patientViews;

    @Inject
    private SessionLogService sessions;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private Conversations conversations;

    @Inject
    private TestData data;

    private Account clinician;

    @BeforeEach
    void aClinicianWithOnePatient() {
        data.countStatements();
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        busyPatient(3);
    }

    @AfterEach
    void signOut() {
        Caller.signOut();
    }

    @Test
    void theClinicianPatientListCostsTheSameForOneOrTwelvePatients() {
        Caller.signIn(clinician.getUsername(), PASSWORD);
        int one = warm(this::patientList);
        for (int i = 0; i < 11; i++) {
            busyPatient(10);
        }
        Caller.signIn(clinician.getUsername(), PASSWORD);
        int twelve = warm(this::patientList);
        assertEquals(one, twelve, "no statement per patient");
        assertTrue(twelve <= 3, "the list took " + twelve + " statements (3 when pinned: the stale reviews, none,"
                + " the count and the page; 13 when the flags were computed at every read)");
    }

    @Test
    void reviewsChangedSinceTheLastListAreComputedInTheSameFewStatementsAndTwoWritesEach() {
        Caller.signIn(clinician.getUsername(), PASSWORD);
        for (int i = 0; i < 11; i++) {
            busyPatient(10);
        }
        int computed = QueryCount.of(this::patientList);
        Caller.signIn(clinician.getUsername(), PASSWORD);
        int fresh = QueryCount.of(this::patientList);
        assertTrue(computed <= fresh + 12 + 12 * 2, "twelve new reviews took " + (computed - fresh) + " statements"
                + " more than none (36 when pinned: the rules' dozen queries, their programmes and plans batch-fetched,"
                + " and two writes per patient: the review, and its order on the care team)");
        assertTrue(reviews.myPatients("", 0, 25).stream().allMatch(p -> p.flags().contains(ReviewFlag.RED_FLAG)),
                "every busy patient's open warning sign is on the list");
    }

    @Test
    void theTabsOfAPatientsRecordCostTheSameForFewOrManySessions() {
        Account patient = busyPatient(2);
        Caller.signIn(clinician.getUsername(), PASSWORD);
        int computing = warm(() -> overviews.overview(patient.getId()));
        patientList();
        List<Integer> few = recordTabs(patient.getId());
        for (int daysAgo = 0; daysAgo < 13; daysAgo++) {
            data.walkDaysAgo(patient.getId(), daysAgo, 15, 4, 5);
        }
        data.asked(patient.getId(), clinician.getId(), Questionnaire.STARTBACK, 14, null);
        for (int daysAgo = 12; daysAgo > 0; daysAgo -= 3) {
            data.answered(patient.getId(), Questionnaire.PAIN, daysAgo, pain(daysAgo / 2));
        }
        patientList();
        List<Integer> many = recordTabs(patient.getId());
        for (int tab = 0; tab < few.size(); tab++) {
            assertTrue(many.get(tab) <= few.get(tab) + 1, "no statement per session or questionnaire answer (overview,"
                    + " progress, questionnaires, programme: " + few + " then " + many + "; one more now and then is the"
                    + " audit line's next block of ids)");
        }
        List<Integer> pins = List.of(PIN_OVERVIEW, PIN_PROGRESS, PIN_OUTCOMES, PIN_PROGRAMME);
        for (int tab = 0; tab < pins.size(); tab++) {
            assertTrue(few.get(tab) <= pins.get(tab) && many.get(tab) <= pins.get(tab) + 1, "the record's tabs took "
                    + few + " then " + many + " statements (overview, progress, questionnaires, programme; pinned at "
                    + pins + ", each with the ownership check and the audit line of the read, one more now and then"
                    + " for the audit line's next block of ids; the one page that showed all of it took 19)");
        }
        assertTrue(computing <= PIN_OVERVIEW + 5, "with the review to compute first the overview took " + computing
                + " (" + (PIN_OVERVIEW + 5) + " when pinned)");
    }

    @Test
    void thePatientTodayPageAndTheRecordCallCostTheSameForFewOrManySessions() {
        Account patient = busyPatient(1);
        Caller.signIn(patient.getUsername(), PASSWORD);
        int todayFew = warm(this::todayPage);
        int recordFew = warm(this::record);
        for (int daysAgo = 0; daysAgo < 13; daysAgo++) {
            data.walkDaysAgo(patient.getId(), daysAgo, 15, 4, 5);
        }
        assertEquals(todayFew, warm(this::todayPage), "the today page: no statement per session");
        int recordMany = warm(this::record);
        assertEquals(recordFew, recordMany, "recording: no statement per session");
        assertTrue(todayFew <= 12, "the today page took " + todayFew + " statements (12 when pinned: one load of the"
                + " week's schedule and one of its sessions; 16 when it loaded both twice, 21 when it was four calls)");
        assertTrue(recordMany <= 3, "a walk is recorded in " + recordMany + " statements (the INSERT, one more edit to"
                + " the patient's review, and now and then the next block of ids)");
    }

    @Test
    void messagesCostTheSameForFewOrManyConversationsAndMessages() {
        Account patient = busyPatient(1);
        Caller.signIn(patient.getUsername(), PASSWORD);
        conversations.sendMine("First question");
        Caller.signIn(clinician.getUsername(), PASSWORD);
        int inboxFew = warm(() -> conversations.inbox(0, 20));
        int openFew = warm(() -> conversations.open(patient.getId(), 30));
        int badgeFew = warm(conversations::unread);

        List<Account> others = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            others.add(busyPatient(1));
        }
        for (Account other : others) {
            Caller.signIn(other.getUsername(), PASSWORD);
            conversations.sendMine("Hello from another patient");
        }
        Caller.signIn(patient.getUsername(), PASSWORD);
        for (int i = 0; i < 12; i++) {
            conversations.sendMine("Message " + i);
        }
        Caller.signIn(clinician.getUsername(), PASSWORD);
        conversations.send(patient.getId(), "An answer");
        assertEquals(inboxFew, warm(() -> conversations.inbox(0, 20)), "the inbox: no statement per conversation");
        assertEquals(9, conversations.inbox(0, 20).size());
        assertEquals(badgeFew, warm(conversations::unread), "the unread count: one statement");
        int openMany = warm(() -> conversations.open(patient.getId(), 30));
        assertTrue(openMany <= openFew + 1, "a conversation: no statement per message or author (" + openFew + " then "
                + openMany + "; one more now and then is the audit line's next block of ids)");
        assertTrue(inboxFew <= 2 && badgeFew <= 1, "inbox " + inboxFew + ", badge " + badgeFew);
    }

    /** The statements each tab of the clinician's record of a patient takes, in the tabs' order. */
    private List<Integer> recordTabs(long id) {
        return List.of(warm(() -> overviews.overview(id)), warm(() -> overviews.progress(id)),
                warm(() -> overviews.outcomes(id)), warm(() -> overviews.programme(id)));
    }

    private Object patientList() {
        return reviews.countMyPatients("") + reviews.myPatients("", 0, 25).size();
    }

    private Object todayPage() {
        return patientViews.today();
    }

    private Object record() {
        SessionEntry walk = new SessionEntry();
        walk.setExerciseId(WALKING);
        walk.setMinutes(10);
        walk.setPerformedAt(calendar.now().minusMinutes(1));
        return sessions.record(walk, null);
    }

    /** The statements of the work's second run. */
    private static int warm(java.util.concurrent.Callable<?> work) {
        QueryCount.of(work);
        return QueryCount.of(work);
    }

    /** A patient of the clinician with a programme, sessions over the last days and an open warning sign. */
    private Account busyPatient(int sessionsPerDay) {
        Account patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        PlanDraft plan = new PlanDraft();
        plan.addPhase("First days", null).add(data.exercise(WALKING), Dose.minutes(10, 2, Frequency.PER_DAY));
        data.programmeSince(patient.getId(), clinician.getId(), 14, plan);
        for (int daysAgo = 1; daysAgo <= 10; daysAgo++) {
            for (int i = 0; i < sessionsPerDay; i++) {
                data.walkDaysAgo(patient.getId(), daysAgo, 10, 3, 4);
            }
        }
        data.warningSign(patient.getId(), Set.of(RedFlag.NIGHT_PAIN));
        data.asked(patient.getId(), clinician.getId(), Questionnaire.PAIN, 14, 2);
        data.answered(patient.getId(), Questionnaire.PAIN, 14, pain(6));
        return patient;
    }

    private static List<Answer> pain(int average) {
        return List.of(Answer.number("average", average), Answer.number("worst", average + 2));
    }
}
