package clinic.portal.web.clinician;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.language.Language;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.Prescription;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.exercise.ExerciseService;
import clinic.portal.ejb.programme.PastProgramme;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.programme.TemplateService;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Causes;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programmes, templates and the library on a real Payara Micro, called by real clinicians and patients. */
@ExtendWith(ArquillianExtension.class)
class ProgrammeServiceIT {

    private static final String PASSWORD = "plum-harbour-violin-42";
    private static final long WALKING = 1;
    private static final long KNEE_TO_CHEST = 2;
    private static final long SWIMMING = 12;
    private static final long GOLF = 15;
    private static final long BACK_TO_ACTIVITY = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private ProgrammeService programmes;

    @Inject
    private TemplateService templates;

    @Inject
    private ExerciseService exercises;

    @Inject
    private ReviewService reviews;

    @Inject
    private TestData data;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private MovableClock clock;

    private Account clinician;
    private Account patient;
    private LocalDate today;

    @BeforeEach
    void aClinicianAndTheirPatient() {
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        today = calendar.today();
        Caller.signIn(clinician.getUsername(), PASSWORD);
    }

    @AfterEach
    void signOut() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aClinicianAssignsATemplateAndEachDayGetsItsPhase() {
        PlanDraft plan = templates.planForPatient(BACK_TO_ACTIVITY);

        programmes.assign(patient.getId(), today, "Keep moving", plan);

        assertEquals(List.of("Walking"), names(programmes.prescribedOn(patient.getId(), today)));
        assertEquals(List.of("Walking", "Knee-to-chest stretch", "Lower back rotation", "Pelvic tilt"),
                names(programmes.prescribedOn(patient.getId(), today.plusDays(7))));
        assertEquals(List.of("Walking", "Swimming", "Upright cycling", "Yoga"),
                names(programmes.prescribedOn(patient.getId(), today.plusDays(28))));
        assertEquals(List.of(), programmes.prescribedOn(patient.getId(), today.minusDays(1)));
        Programme current = programmes.findCurrent(patient.getId()).orElseThrow();
        assertEquals("Keep moving", current.getNote());
        assertEquals(clinician.getUsername(), current.getClinician().getUsername());
        assertEquals(1, reviews.countMyPatients(patient.getDisplayName()));
        assertTrue(reviews.myPatients(patient.getUsername(), 0, 25).get(0).patient().hasProgramme());
    }

    @Test
    void aRevisionFromTodayLeavesEarlierDaysAsTheyWere() {
        long programmeId = data.programmeSince(patient.getId(), clinician.getId(), 10, walkTwiceADay(10));
        Programme before = programmes.findCurrent(patient.getId()).orElseThrow();
        PlanDraft changed = walkTwiceADay(20);
        changed.getPhases().get(0).add(data.exercise(SWIMMING), Dose.minutes(20, 2, Frequency.PER_WEEK));

        programmes.revise(programmeId, before.getVersion(), today, null, changed);

        List<Prescription> yesterday = programmes.prescribedOn(patient.getId(), today.minusDays(1));
        assertEquals(List.of("Walking"), names(yesterday));
        assertEquals(10, yesterday.get(0).getDose().getMinutes());
        assertEquals(List.of("Walking"), names(programmes.prescribedOn(patient.getId(), today.minusDays(10))));
        List<Prescription> now = programmes.prescribedOn(patient.getId(), today);
        assertEquals(List.of("Walking", "Swimming"), names(now));
        assertEquals(20, now.get(0).getDose().getMinutes());
        assertEquals(2, programmes.findCurrent(patient.getId()).orElseThrow().getRevisions().size());
    }

    @Test
    void aChangeCannotTakeEffectInThePast() {
        long programmeId = data.programmeSince(patient.getId(), clinician.getId(), 5, walkTwiceADay(10));
        long version = programmes.findCurrent(patient.getId()).orElseThrow().getVersion();

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> programmes.revise(programmeId, version, today.minusDays(1), null, walkTwiceADay(15)));
        assertEquals("programme.effectiveFrom.past", refused.messageKey());
        RuleViolation pastStart = assertThrows(RuleViolation.class,
                () -> programmes.assign(patient.getId(), today.minusDays(1), null, walkTwiceADay(15)));
        assertEquals("programme.start.past", pastStart.messageKey());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        programmes.assign(patient.getId(), today, null, walkTwiceADay(10));
        Programme opened = programmes.findCurrent(patient.getId()).orElseThrow();

        programmes.revise(opened.getId(), opened.getVersion(), today.plusDays(1), null, walkTwiceADay(15));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> programmes.revise(opened.getId(), opened.getVersion(), today.plusDays(1), null, walkTwiceADay(20)));

        assertEquals("programme.stale", refused.messageKey());
        assertEquals(15, programmes.prescribedOn(patient.getId(), today.plusDays(1)).get(0).getDose().getMinutes());
    }

    @Test
    void aNewProgrammeEndsTheOldOneTheDayItStarts() {
        programmes.assign(patient.getId(), today, null, walkTwiceADay(10));
        PlanDraft swim = new PlanDraft();
        swim.addPhase("Stay active", null).add(data.exercise(SWIMMING), Dose.minutes(30, 3, Frequency.PER_WEEK));

        programmes.assign(patient.getId(), today.plusDays(5), null, swim);

        assertEquals(List.of("Walking"), names(programmes.prescribedOn(patient.getId(), today.plusDays(4))));
        assertEquals(List.of("Swimming"), names(programmes.prescribedOn(patient.getId(), today.plusDays(5))));
        assertEquals(2, programmes.history(patient.getId()).size());
        assertEquals(List.of(), programmes.past(patient.getId()), "the first programme runs until the new one starts");

        clock.advance(Duration.ofDays(5));

        assertEquals(List.of(new PastProgramme(today, today.plusDays(4))), programmes.past(patient.getId()),
                "over the day the new one started: its first day and its last");
        assertEquals(List.of("Swimming"), names(programmes.prescribedOn(patient.getId(), calendar.today())));
    }

    @Test
    void aCautionedExerciseIsPrescribedOnlyOnceConfirmed() {
        PlanDraft golf = new PlanDraft();
        PlanDraft.PrescriptionDraft line = golf.addPhase("Stay active", null)
                .add(data.exercise(GOLF), Dose.minutes(30, 1, Frequency.PER_WEEK));

        EJBException refused = assertThrows(EJBException.class, () -> programmes.assign(patient.getId(), today, null, golf));
        assertTrue(Causes.causedBy(refused, ConstraintViolationException.class), () -> "Cause: " + refused);

        line.setCautionConfirmed(true);
        programmes.assign(patient.getId(), today, null, golf);
        assertTrue(programmes.prescribedOn(patient.getId(), today).get(0).isCautionConfirmed());
    }

    @Test
    void anotherCliniciansPatientDoesNotExistForMe() {
        programmes.assign(patient.getId(), today, null, walkTwiceADay(10));
        long programmeId = programmes.findCurrent(patient.getId()).orElseThrow().getId();
        Account other = data.open(Role.CLINICIAN, Unique.username("other"), PASSWORD);

        Caller.signIn(other.getUsername(), PASSWORD);

        assertThrows(NotFoundException.class, () -> programmes.findCurrent(patient.getId()));
        assertThrows(NotFoundException.class, () -> programmes.prescribedOn(patient.getId(), today));
        assertThrows(NotFoundException.class, () -> programmes.history(patient.getId()));
        assertThrows(NotFoundException.class, () -> programmes.past(patient.getId()));
        assertThrows(NotFoundException.class, () -> programmes.assign(patient.getId(), today, null, walkTwiceADay(5)));
        assertThrows(NotFoundException.class, () -> programmes.revise(programmeId, 0, today, null, walkTwiceADay(5)));
        assertThrows(NotFoundException.class, () -> programmes.draftOfLatest(programmeId));
        assertTrue(reviews.myPatients(patient.getUsername(), 0, 25).isEmpty());
        assertEquals(0, reviews.countMyPatients(patient.getUsername()));
    }

    @Test
    void aPatientReadsOnlyTheirOwnProgrammeAndCannotCallClinicianServices() {
        programmes.assign(patient.getId(), today, null, walkTwiceADay(10));
        Account stranger = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());

        Caller.signIn(patient.getUsername(), PASSWORD);

        assertEquals(List.of("Walking"), names(programmes.findMine().orElseThrow().latestRevision().getPlan()
                .getPhases().get(0).getPrescriptions()));
        assertEquals(List.of("Walking"), names(programmes.prescribedOn(patient.getId(), today)));
        assertThrows(NotFoundException.class, () -> programmes.prescribedOn(stranger.getId(), today));
        assertThrows(EJBAccessException.class, () -> programmes.assign(patient.getId(), today, null, walkTwiceADay(60)));
        assertThrows(EJBAccessException.class, () -> templates.list());
        assertThrows(EJBAccessException.class, () -> exercises.search(null, null, false));
        assertThrows(EJBAccessException.class, () -> reviews.myPatients(null, 0, 25));
        assertThrows(EJBAccessException.class, () -> reviews.countMyPatients(null));
    }

    /**
     * Two clinicians edit one exercise at once and the first changes only its Spanish words: that is an edit, and the
     * second save is refused as stale instead of overwriting it.
     */
    @Test
    void aChangeToATranslationAloneMakesAConcurrentEditStale() {
        Exercise created = exercises.create(new Exercise(Unique.username("Wall sit"), ExerciseKind.STRENGTHENING,
                "Sit against a wall.", Dose.minutes(1, 1, Frequency.PER_DAY)));
        Exercise mine = exercises.getExercise(created.getId());
        Exercise theirs = exercises.getExercise(created.getId());

        mine.wordingIn(Language.SPANISH).setName("Sentadilla en la pared");
        exercises.update(mine);
        theirs.wordingIn(Language.SPANISH).setName("Otra cosa");

        RuleViolation stale = assertThrows(RuleViolation.class, () -> exercises.update(theirs));
        assertEquals("exercise.stale", stale.messageKey());
        assertEquals("Sentadilla en la pared",
                exercises.getExercise(created.getId()).localizedName().in(Language.SPANISH));
    }

    @Test
    void anExerciseInUseIsArchivedNotDeletedAndThenCannotBeNewlyPrescribed() {
        Exercise exercise = exercises.create(new Exercise(Unique.username("Tai chi"), ExerciseKind.MIND_BODY,
                "Slow, flowing movements.", Dose.minutes(20, 2, Frequency.PER_WEEK)));
        PlanDraft plan = new PlanDraft();
        plan.addPhase("Stay active", null).add(exercise, exercise.getDefaultDose());
        programmes.assign(patient.getId(), today, null, plan);

        RuleViolation inUse = assertThrows(RuleViolation.class, () -> exercises.delete(exercise.getId()));
        assertEquals("exercise.inUse", inUse.messageKey());
        exercises.archive(exercise.getId());

        Account another = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        RuleViolation archived = assertThrows(RuleViolation.class, () -> programmes.assign(another.getId(), today, null, plan));
        assertEquals("programme.exercise.archived", archived.messageKey());
        assertFalse(exercises.prescribable().stream().anyMatch(e -> e.getId().equals(exercise.getId())));

        Exercise unused = exercises.create(new Exercise(Unique.username("Unused"), ExerciseKind.AEROBIC,
                "Never prescribed.", Dose.minutes(10, 1, Frequency.PER_DAY)));
        exercises.delete(unused.getId());
        assertTrue(exercises.findExercise(unused.getId()).isEmpty());
    }

    @Test
    void theReviewFlagsHighAndRisingPainInactivityAndLowAdherenceForAWholeListAtOnce() {
        data.programmeSince(patient.getId(), clinician.getId(), 10, walkTwiceADay(10));
        for (int daysAgo = 10; daysAgo >= 8; daysAgo--) {
            data.walkDaysAgo(patient.getId(), daysAgo, 10, 2, 2);
        }
        data.walkDaysAgo(patient.getId(), 5, 10, 5, 8);
        Account steady = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.programmeSince(steady.getId(), clinician.getId(), 10, walkTwiceADay(10));
        for (int daysAgo = 7; daysAgo >= 0; daysAgo--) {
            data.walkDaysAgo(steady.getId(), daysAgo, 10, 3, 3);
            data.walkDaysAgo(steady.getId(), daysAgo, 10, 3, 2);
        }
        Account withoutProgramme = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.walkDaysAgo(withoutProgramme.getId(), 2, 10);
        data.walkDaysAgo(withoutProgramme.getId(), 1, 10, 4, null);

        Map<Long, Set<ReviewFlag>> flags = reviews.flags(
                List.of(patient.getId(), steady.getId(), withoutProgramme.getId()));

        assertEquals(Set.of(ReviewFlag.HIGH_PAIN, ReviewFlag.RISING_PAIN, ReviewFlag.INACTIVE, ReviewFlag.LOW_ADHERENCE),
                flags.get(patient.getId()),
                "pain 8 this week, average 6.5 against 2, last walk 5 days ago, 1 of 14 walks");
        assertEquals(Set.of(), flags.get(steady.getId()), "walks twice every day with pain 3");
        assertEquals(Set.of(), flags.get(withoutProgramme.getId()),
                "no programme, so nothing to miss; a day without any pain rating and one with only the rating before");
        assertEquals(List.of(patient.getId(), steady.getId(), withoutProgramme.getId()), List.copyOf(flags.keySet()));
        assertEquals(flags.get(patient.getId()), reviews.flags(patient.getId()));
    }

    @Test
    void theSameExerciseTwiceInOnePhaseIsRefused() {
        PlanDraft twice = walkTwiceADay(10);
        twice.getPhases().get(0).add(data.exercise(WALKING), Dose.minutes(20, 1, Frequency.PER_DAY));

        EJBException refused = assertThrows(EJBException.class, () -> programmes.assign(patient.getId(), today, null, twice));
        assertTrue(Causes.causedBy(refused, ConstraintViolationException.class), () -> "Cause: " + refused);
        assertTrue(programmes.findCurrent(patient.getId()).isEmpty(), "nothing assigned");
        assertFalse(twice.getPhases().get(0).isEachExerciseOnce());
    }

    @Test
    void highPainIsJudgedAgainstThePatientsOwnFirstWeekAndFlaresWithExerciseAreFlagged() {
        data.programmeSince(patient.getId(), clinician.getId(), 14, walkTwiceADay(10));
        for (int daysAgo = 14; daysAgo >= 8; daysAgo--) {
            data.walkDaysAgo(patient.getId(), daysAgo, 10, 7, 7);
        }
        data.walkDaysAgo(patient.getId(), 2, 10, 7, 7);
        Account newcomer = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.programmeSince(newcomer.getId(), clinician.getId(), 3, walkTwiceADay(10));
        data.walkDaysAgo(newcomer.getId(), 1, 10, 7, 7);

        Map<Long, Set<ReviewFlag>> flags = reviews.flags(List.of(patient.getId(), newcomer.getId()));
        assertFalse(flags.get(patient.getId()).contains(ReviewFlag.HIGH_PAIN), "7 after a walk is this patient's usual");
        assertTrue(flags.get(newcomer.getId()).contains(ReviewFlag.HIGH_PAIN), "no baseline yet in the first week");

        data.walkDaysAgo(patient.getId(), 1, 10, 6, 8);
        Set<ReviewFlag> worse = reviews.flags(patient.getId());
        assertTrue(worse.contains(ReviewFlag.HIGH_PAIN), "8 after a walk, above their usual 7");
        assertFalse(worse.contains(ReviewFlag.PAIN_FLARE), "one flare of 2 is not yet a pattern");

        data.walkDaysAgo(patient.getId(), 0, 10, 5, 7);
        assertTrue(reviews.flags(patient.getId()).contains(ReviewFlag.PAIN_FLARE), "up by 2 on two walks in a week");
    }

    @Test
    void theReviewOfAnotherCliniciansPatientIsNotFoundAndPatientsCannotAskForIt() {
        Account other = data.open(Role.CLINICIAN, Unique.username("other"), PASSWORD);
        Account theirs = data.openPatient(Unique.username("pat"), PASSWORD, other.getId());

        assertThrows(NotFoundException.class, () -> reviews.flags(List.of(patient.getId(), theirs.getId())));
        assertThrows(NotFoundException.class, () -> reviews.flags(theirs.getId()));

        Caller.signIn(patient.getUsername(), PASSWORD);
        assertThrows(EJBAccessException.class, () -> reviews.flags(patient.getId()));
    }

    private PlanDraft walkTwiceADay(int minutes) {
        PlanDraft draft = new PlanDraft();
        draft.addPhase("First days", null).add(data.exercise(WALKING), Dose.minutes(minutes, 2, Frequency.PER_DAY));
        return draft;
    }

    private static List<String> names(List<Prescription> prescriptions) {
        return prescriptions.stream().map(p -> p.getExercise().getName()).toList();
    }
}
