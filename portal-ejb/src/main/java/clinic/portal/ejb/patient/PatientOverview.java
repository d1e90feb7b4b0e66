package clinic.portal.ejb.patient;

import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.adherence.RecentAdherence;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.programme.PastProgramme;
import clinic.portal.ejb.warning.WarningSign;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything the clinician's page of one patient shows, read in one call, one transaction and one ownership check.
 *
 * @param current the programme running today (or the next to start), with its revisions and exercises loaded, for
 *                the shared programme view; read-only
 * @param past    programmes that ran and are over, newest first
 * @param recent   the last 14 days' sessions, newest first
 * @param outcomes the outcome questionnaires asked or answered, with their scores over time
 */
public record PatientOverview(Contact patient, Programme current, List<PastProgramme> past, RecentAdherence adherence,
                              List<WarningSign> warnings, Set<ReviewFlag> review, List<SessionSummary> recent,
                              List<OutcomeTrack> outcomes) implements Serializable {

    /** Who the patient is and how to reach them. */
    public record Contact(long id, String displayName, String email, String phone) implements Serializable {
    }

}
