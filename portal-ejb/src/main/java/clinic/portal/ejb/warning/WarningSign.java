package clinic.portal.ejb.warning;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.Urgency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A warning sign as the pages and the API show it: what was reported, by whom, how to reach them, and where its
 * review stands. A view, not a managed entity.
 *
 * @param sessionDay  the day of the session the signs were ticked in, or null when reported on their own
 * @param overdue     not reviewed within the clinic's time limit
 * @param reviewedBy  the display name of the clinician who reviewed it, or null while it is open
 * @param outcome     what was done; null while it is open (and for reviews recorded before outcomes were kept)
 * @param clinicians  the patient's clinicians, for the administrators' overdue list (empty elsewhere)
 */
public record WarningSign(long id, long patientId, String patientName, String patientPhone, String patientEmail,
                          Set<RedFlag> signs, Urgency urgency, OffsetDateTime raisedAt, LocalDate sessionDay,
                          boolean overdue, OffsetDateTime reviewedAt, String reviewedBy, ReviewOutcome outcome,
                          String reviewNote, List<String> clinicians) implements Serializable {

    static WarningSign of(RedFlagAlert alert, boolean overdue, List<String> clinicians) {
        var patient = alert.getPatient();
        return new WarningSign(alert.getId(), patient.getId(), patient.getDisplayName(), patient.getPhone(),
                patient.getEmail(), alert.getRedFlags(), alert.getUrgency(), alert.getRaisedAt(),
                alert.getSession() == null ? null : alert.getSession().getLocalDay(), overdue, alert.getReviewedAt(),
                alert.getReviewedBy() == null ? null : alert.getReviewedBy().getDisplayName(), alert.getOutcome(),
                alert.getReviewNote(), clinicians);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** The patient's clinicians by name, for the overdue list. */
    public String cliniciansInWords() {
        return String.join(", ", clinicians);
    }
}
