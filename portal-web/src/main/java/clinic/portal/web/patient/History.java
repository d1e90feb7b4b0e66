package clinic.portal.web.patient;

import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;
import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.web.ProgressCharts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * Backs {@code /patient/history.xhtml}: the last 30 days of sessions by day, adherence, a calendar of active days,
 * and two charts (minutes per day against what was prescribed; pain before and after).
 */
@Named
@RequestScoped
public class History {

    private static final int DAYS = 30;

    @Inject
    private AdherenceService adherence;

    @Inject
    private SessionLogService sessions;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    private AdherenceReport report;
    private List<SessionLog> list;

    @PostConstruct
    void load() {
        long me = careTeam.me().getId();
        LocalDate today = calendar.today();
        report = adherence.report(me, today.minusDays(DAYS - 1L), today);
        list = sessions.list(me, today.minusDays(DAYS - 1L), today);
    }

    public boolean editable(SessionLog session) {
        return SessionWindow.isOpen(session.getLocalDay(), calendar.today());
    }

    public long getSessionsDone() {
        return Math.round(report.summary().sessionsDone());
    }

    public long getSessionsPrescribed() {
        return Math.round(report.summary().sessionsPrescribed());
    }

    public long getMinutesDone() {
        return Math.round(report.summary().minutesDone());
    }

    public long getMinutesPrescribed() {
        return Math.round(report.summary().minutesPrescribed());
    }

    public AdherenceReport getReport() {
        return report;
    }

    public List<SessionLog> getSessions() {
        return list;
    }

    /** Minutes per day against what was prescribed, as a Chart.js configuration. */
    public String getMinutesChart() {
        return ProgressCharts.minutes(report.days());
    }

    /** Pain before and after sessions, per day, as a Chart.js configuration. */
    public String getPainChart() {
        return ProgressCharts.pain(report.days());
    }
}
