package clinic.portal.ejb.patient;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.adherence.RecentAdherence;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.warning.WarningSign;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The overview of one patient's record, the clinician's first look: what needs acting on and how the patient is
 * doing, read in one call, one transaction and one ownership check. The programme, the progress charts and the
 * questionnaires are the record's other parts ({@link PatientProgramme}, {@link PatientProgress},
 * {@link PatientOutcomes}), each read by its own call.
 *
 * @param programmeSince the first day of the programme running today (or of the next to start), or null if none
 * @param recent         the last 14 days' sessions, newest first
 */
public record PatientOverview(Contact patient, LocalDate programmeSince, RecentAdherence adherence,
                              List<WarningSign> warnings, Set<ReviewFlag> review, List<SessionSummary> recent)
        implements RecordPart, Serializable {

    /** Who the patient is and how to reach them. */
    public record Contact(long id, String displayName, String email, String phone) implements Serializable {
    }

}
