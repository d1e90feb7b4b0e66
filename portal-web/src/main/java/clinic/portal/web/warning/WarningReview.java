package clinic.portal.web.warning;

import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * The clinician's review of one warning sign, wherever the list of signs is shown (the queue, the patient page):
 * "Mark as reviewed" opens the review under that sign, asking what was done and for a note; saving it records the
 * review and brings the clinician back to the page, where the sign now shows as reviewed.
 */
@Named
@ViewScoped
public class WarningReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningSignService warningSigns;

    private Long reviewing;

    private ReviewOutcome outcome;

    @Size(max = RedFlagAlert.NOTE_MAX, message = "{warning.review.note.size}")
    private String note;

    public void start(long alertId) {
        reviewing = alertId;
        outcome = null;
        note = null;
    }

    public void cancel() {
        reviewing = null;
    }

    /** Records the review, then shows the page again (by its own address) with the review in it. */
    public void save(String returnTo) throws IOException {
        warningSigns.review(reviewing, outcome, note);
        Messages.addFlashGlobalInfo("warning.review.saved");
        Faces.redirect(Faces.getRequestContextPath() + returnTo);
    }

    public boolean isReviewing(long alertId) {
        return reviewing != null && reviewing == alertId;
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public Long getReviewing() {
        return reviewing;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
