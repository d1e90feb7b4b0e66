package clinic.portal.web.patient;

import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.patient.HistoryOverview;
import clinic.portal.ejb.patient.PatientViews;
import clinic.portal.web.ProgressCharts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /patient/history.xhtml}, in one boundary call ({@link PatientViews#history}): the last 30 days'
 * adherence, a calendar of active days, charts of minutes and pain, and the sessions (with "Change" while they may
 * still be corrected).
 */
@Named
@RequestScoped
public class History {

    @Inject
    private PatientViews patientViews;

    private HistoryOverview overview;

    @PostConstruct
    void load() {
        overview = patientViews.history();
    }

    public AdherenceReport getReport() {
        return overview.report();
    }

    public List<SessionSummary> getSessions() {
        return overview.sessions();
    }

    /** Minutes per day against what was prescribed, as a Chart.js configuration. */
    public String getMinutesChart() {
        return ProgressCharts.minutes(overview.report().days());
    }

    /** Pain before and after sessions, per day, as a Chart.js configuration. */
    public String getPainChart() {
        return ProgressCharts.pain(overview.report().days());
    }
}
