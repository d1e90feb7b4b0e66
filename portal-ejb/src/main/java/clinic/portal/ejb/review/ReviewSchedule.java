package clinic.portal.ejb.review;

import clinic.portal.ejb.clinic.PeriodicTask;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Computes again the patients' reviews that went stale (a new day, or a change since), every
 * {@code PORTAL_REVIEW_REFRESH_INTERVAL_SECONDS} (300 by default; 0 turns it off), on every node, in batches of
 * {@value PatientReviews#BATCH} patients, each its own transaction: so that the first clinician of the day does not
 * wait for all their patients' reviews, and a review no change marked stale is at most this old. Two nodes computing
 * the same review at once store it once (a review is stored only against the edits it was computed from).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReviewSchedule extends PeriodicTask {

    @Inject
    private PatientReviews reviews;

    public ReviewSchedule() {
        super("portal.review.refresh-interval-seconds", 300);
    }

    @Override
    protected void run() {
        long after = 0;
        while (after >= 0) {
            after = reviews.refreshStaleAfter(after);
        }
    }
}
