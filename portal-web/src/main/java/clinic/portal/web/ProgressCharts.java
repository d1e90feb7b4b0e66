package clinic.portal.web;

import clinic.portal.ejb.adherence.DayOfProgress;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The two progress charts (Chart.js configurations for {@code p:chart}) that the patient's history and the
 * clinician's patient page share: minutes per day against what was prescribed, and pain before and after.
 */
public final class ProgressCharts {

    private static final JsonBuilderFactory JSON = JsonFactories.BUILDERS;

    private ProgressCharts() {
    }

    /**
     * A bar chart of minutes done per day, with what was prescribed as a line, drawn only on days a programme ran
     * (before it began nothing was prescribed, which is not "0 minutes").
     */
    public static String minutes(List<DayOfProgress> days) {
        return minutes(days, Texts.locale());
    }

    static String minutes(List<DayOfProgress> days, Locale locale) {
        Function<String, String> text = key -> Texts.get(locale, key);
        return chart("bar", text.apply("history.chart.minutes"), locale, days, JSON.createObjectBuilder().add("beginAtZero", true),
                dataset("bar", text.apply("history.chart.done"), "#0b6e4f", days, DayOfProgress::minutesDone),
                dataset("line", text.apply("history.chart.prescribed"), "#c2410c", days,
                        d -> d.underProgramme() ? d.minutesPrescribed() : null).add("spanGaps", false));
    }

    /**
     * A line chart of the average pain before and after sessions, per day, on the whole 0–10 scale (an axis fitted
     * to the values makes a change from 4 to 3 look like a fall to nothing); days without a rating are bridged.
     */
    public static String pain(List<DayOfProgress> days) {
        return pain(days, Texts.locale());
    }

    static String pain(List<DayOfProgress> days, Locale locale) {
        Function<String, String> text = key -> Texts.get(locale, key);
        return chart("line", text.apply("history.chart.pain"), locale, days,
                JSON.createObjectBuilder().add("min", 0).add("max", 10).add("ticks", JSON.createObjectBuilder().add("stepSize", 1)),
                dataset("line", text.apply("history.chart.painBefore"), "#c2410c", days, DayOfProgress::painBefore),
                dataset("line", text.apply("history.chart.painAfter"), "#0b6e4f", days, DayOfProgress::painAfter));
    }

    private static String chart(String type, String title, Locale locale, List<DayOfProgress> days,
                                JsonObjectBuilder yAxis, JsonObjectBuilder... datasets) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern(Texts.get(locale, "format.dayMonth"), locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        days.forEach(d -> labels.add(label.format(d.day())));
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            sets.add(dataset);
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", yAxis))
                        .add("plugins", JSON.createObjectBuilder()
                                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String type, String label, String colour, List<DayOfProgress> days,
                                             Function<DayOfProgress, Number> value) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        days.forEach(d -> {
            Number n = value.apply(d);
            if (n == null) {
                data.addNull();
            } else {
                data.add(Math.round(n.doubleValue() * 10) / 10.0);
            }
        });
        return JSON.createObjectBuilder().add("type", type).add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("spanGaps", true);
    }
}
