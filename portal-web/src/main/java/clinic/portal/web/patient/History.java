package clinic.portal.web.patient;

import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;
import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

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

    /** A Chart.js bar chart of minutes done per day, with what was prescribed as a line. */
    public String getMinutesChart() {
        return chart("bar", Texts.get("history.chart.minutes"),
                dataset("bar", Texts.get("history.chart.done"), "#0b6e4f", DayOfProgress::minutesDone),
                dataset("line", Texts.get("history.chart.prescribed"), "#c2410c", DayOfProgress::minutesPrescribed));
    }

    /** A Chart.js line chart of the average pain before and after sessions, per day. */
    public String getPainChart() {
        return chart("line", Texts.get("history.chart.pain"),
                dataset("line", Texts.get("history.chart.painBefore"), "#c2410c", DayOfProgress::painBefore),
                dataset("line", Texts.get("history.chart.painAfter"), "#0b6e4f", DayOfProgress::painAfter));
    }

    private String chart(String type, String title, JsonObjectBuilder... datasets) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.days().forEach(d -> labels.add(label.format(d.day())));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            sets.add(dataset);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String type, String label, String colour, Function<DayOfProgress, Number> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.days().forEach(d -> {
            Number n = value.apply(d);
            if (n == null) {
                data.addNull();
            } else {
                data.add(Math.round(n.doubleValue() * 10) / 10.0);
            }
        });
        return Json.createObjectBuilder().add("type", type).add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("spanGaps", true);
    }
}
