package clinic.portal.web.clinician.patients;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.adherence.RecentAdherence;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.patient.PatientOverview;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.warning.WarningSign;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /clinician/patients/detail.xhtml?id=…}, the overview of one of the clinician's patients' record, in
 * one boundary call ({@link PatientOverviews#overview}): why they need a look, their warning signs to review,
 * adherence, the last two weeks' sessions and whether a programme runs.
 * <p>
 * View-scoped: the warning signs a "Mark as reviewed" button belongs to must still be there when its press is
 * decoded (a request-scoped bean loaded them only in the view action, which does not run on postback).
 */
@Named
@ViewScoped
public class PatientDetail extends RecordTab<PatientOverview> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicCalendar calendar;

    @Override
    protected PatientOverview read(long patientId) {
        return patients.overview(patientId);
    }

    public RecentAdherence getAdherence() {
        return record().adherence();
    }

    /** Open warning signs and those reviewed lately, newest first. */
    public List<WarningSign> getWarnings() {
        return record().warnings();
    }

    /** The page's own address, to come back to after a review. */
    public String getSelf() {
        return "/clinician/patients/detail.xhtml?id=" + getId();
    }

    /** Why this patient needs a look, besides the warning signs listed on their own. */
    public Set<ReviewFlag> getReview() {
        return record().review();
    }

    public List<SessionSummary> getRecent() {
        return record().recent();
    }

    /** The first day of the programme running today (or of the next to start), or null if there is none. */
    public LocalDate getProgrammeSince() {
        return record().programmeSince();
    }

    /** Whether that programme is still to start (assigned from a later day), so the page says when it starts. */
    public boolean isProgrammeAhead() {
        LocalDate since = getProgrammeSince();
        return since != null && since.isAfter(calendar.today());
    }
}
