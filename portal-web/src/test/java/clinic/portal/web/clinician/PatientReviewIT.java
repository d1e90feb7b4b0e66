package clinic.portal.web.clinician;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.review.PatientReview;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.review.PatientReviews;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.QueryCount;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored reviews that sort the clinician's list stay true to the rules: a new day makes them stale and the
 * background refresh computes them again (so the list reads them without computing), and a review computed before
 * a change committed is never stored as up to date.
 */
@ExtendWith(ArquillianExtension.class)
class PatientReviewIT {

    private static final String PASSWORD = "plum-harbour-violin-42";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private ReviewService reviews;

    @Inject
    private PatientReviews patientReviews;

    @Inject
    private TestData data;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    @AfterEach
    void backToNow() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aNewDayMakesReviewsStaleAndTheBackgroundRefreshComputesThemBeforeAnyoneReads() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.walkingSince(patient.getId(), clinician.getId(), 2, "First days");
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertEquals(Set.of(ReviewFlag.LOW_ADHERENCE), onlyRow().flags(), "two days into the programme: not inactive yet");

        clock.advance(Duration.ofDays(1));
        long after = 0;
        while (after >= 0) {
            after = patientReviews.refreshStaleAfter(after);
        }

        PatientReview stored = data.review(patient.getId());
        assertEquals(calendar.today(), stored.getReviewedFor());
        assertTrue(stored.getFlags().contains(ReviewFlag.INACTIVE), "three days without a walk: " + stored.getFlags());
        data.countStatements();
        int statements = QueryCount.of(() -> {
            patientReviews.refreshPatientsOf(clinician.getId());
            return null;
        });
        assertEquals(1, statements, "the list finds nothing to compute (one statement)");
        assertTrue(onlyRow().flags().contains(ReviewFlag.INACTIVE));
    }

    @Test
    void aReviewComputedBeforeAChangeCommittedIsNotStoredAsUpToDate() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.walkingSince(patient.getId(), clinician.getId(), 0, "First days");
        Caller.signIn(clinician.getUsername(), PASSWORD);
        assertEquals(Set.of(), onlyRow().flags());
        long editsRead = data.reviewEdits(patient.getId());

        data.walkDaysAgo(patient.getId(), 0, 10, 3, 9);
        int stored = data.storeNothingToReview(patient.getId(), editsRead);

        assertEquals(0, stored, "a review computed from before the walk is not stored");
        assertEquals(editsRead + 1, data.reviewEdits(patient.getId()));
        assertTrue(onlyRow().flags().contains(ReviewFlag.HIGH_PAIN), "the next read computes it with the walk");
    }

    @Test
    void thePatientPageReadsTheStoredReviewWhileItIsUpToDateAndComputesItAgainAfterAChange() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.walkingSince(patient.getId(), clinician.getId(), 2, "First days");
        Caller.signIn(clinician.getUsername(), PASSWORD);
        data.countStatements();
        int computing = QueryCount.of(() -> reviews.flags(patient.getId()));
        assertEquals(Set.of(ReviewFlag.LOW_ADHERENCE), reviews.flags(patient.getId()), "computed: no review stored yet");

        assertEquals(Set.of(ReviewFlag.LOW_ADHERENCE), onlyRow().flags(), "the list stores the review");
        int reading = QueryCount.of(() -> reviews.flags(patient.getId()));
        assertEquals(Set.of(ReviewFlag.LOW_ADHERENCE), reviews.flags(patient.getId()));
        assertTrue(reading <= 3 && reading < computing, "the stored review took " + reading + " statements (3 when"
                + " pinned: the patient, the ownership check, and the review with its open warning signs), computing"
                + " it " + computing + " (12 when pinned)");

        assertEquals(1, data.storeNothingToReview(patient.getId(), data.reviewEdits(patient.getId())));
        assertEquals(Set.of(), reviews.flags(patient.getId()), "what is stored is what the page shows while up to date");
        data.warningSign(patient.getId(), Set.of(RedFlag.BLADDER_OR_BOWEL));
        assertEquals(Set.of(ReviewFlag.RED_FLAG), reviews.flags(patient.getId()), "an open warning sign is read live");

        data.walkDaysAgo(patient.getId(), 0, 10, 3, 9);
        Set<ReviewFlag> afterTheWalk = reviews.flags(patient.getId());
        assertTrue(afterTheWalk.containsAll(Set.of(ReviewFlag.RED_FLAG, ReviewFlag.HIGH_PAIN)),
                "a change since: computed again, with the walk: " + afterTheWalk);

        onlyRow();
        assertEquals(1, data.storeNothingToReview(patient.getId(), data.reviewEdits(patient.getId())));
        assertEquals(Set.of(ReviewFlag.RED_FLAG), reviews.flags(patient.getId()));
        clock.advance(Duration.ofDays(1));
        assertTrue(reviews.flags(patient.getId()).contains(ReviewFlag.HIGH_PAIN),
                "a review stored on another day: computed again");
    }

    private clinic.portal.ejb.review.ReviewedPatient onlyRow() {
        var rows = reviews.myPatients("", 0, 25);
        assertEquals(1, rows.size());
        return rows.get(0);
    }
}
