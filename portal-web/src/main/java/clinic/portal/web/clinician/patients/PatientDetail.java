package clinic.portal.web.clinician.patients;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.adherence.RecentAdherence;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.PatientOverview;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.programme.PastProgramme;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.web.ProgressCharts;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /clinician/patients/detail.xhtml?id=…}: one of the clinician's patients, in one boundary call
 * ({@link PatientOverviews#overview}): their programme phase by phase and its history, adherence and pain, recent
 * sessions, and their warning signs to review. Another clinician's patient answers 404.
 * <p>
 * View-scoped: the warning signs a "Mark as reviewed" button belongs to must still be there when its press is
 * decoded (a request-scoped bean loaded them only in the view action, which does not run on postback).
 */
@Named
@ViewScoped
public class PatientDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientOverviews patients;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private Long id;
    // What the page shows is read from the database and never travels with the session (it would be most of it): a
    // node that loads this view from another reads it again, with the same ownership check and audit.
    private transient PatientOverview overview;
    private transient ProgrammeView current;

    public void load() {
        overview = patients.overview(id == null ? -1 : id);
        current = overview.current() == null ? null : ProgrammeView.of(overview.current(), calendar.today(), words);
    }

    private PatientOverview overview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public PatientOverview.Contact getPatient() {
        return overview().patient();
    }

    public RecentAdherence getAdherence() {
        return overview().adherence();
    }

    /** Open warning signs and those reviewed lately, newest first. */
    public List<WarningSign> getWarnings() {
        return overview().warnings();
    }

    /** The page's own address, to come back to after a review. */
    public String getSelf() {
        return "/clinician/patients/detail.xhtml?id=" + id;
    }

    /** Minutes per day against what was prescribed, over the last 30 days. */
    public String getMinutesChart() {
        return ProgressCharts.minutes(overview().adherence().days());
    }

    /** The last 30 days, day by day: the charts' figures, as a table for screen readers. */
    public java.util.List<clinic.portal.ejb.adherence.DayOfProgress> getDays() {
        return overview().adherence().days();
    }

    /** The pain trend: average pain before and after sessions, per day, over the last 30 days. */
    public String getPainChart() {
        return ProgressCharts.pain(overview().adherence().days());
    }

    /** Why this patient needs a look, besides the warning signs listed on their own. */
    public Set<ReviewFlag> getReview() {
        return overview().review();
    }

    public List<SessionSummary> getRecent() {
        return overview().recent();
    }

    /** The outcome questionnaires asked or answered, with their scores over time. */
    public List<OutcomeTrack> getOutcomes() {
        return overview().outcomes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgrammeView getCurrent() {
        overview();
        return current;
    }

    public List<PastProgramme> getPast() {
        return overview().past();
    }
}
