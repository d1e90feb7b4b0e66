package clinic.portal.web;

import clinic.portal.ejb.adherence.DayOfProgress;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static final List<DayOfProgress> DAYS = List.of(
            new DayOfProgress(MONDAY, 12, 0, 1, 4.0, 3.0, false),
            new DayOfProgress(MONDAY.plusDays(1), 20, 20, 2, 4.0, 3.0, true),
            new DayOfProgress(MONDAY.plusDays(2), 0, 20, 0, null, null, true));

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void thePainAxisIsTheWholeScaleWhateverThePains() {
        JsonObject y = parse(ProgressCharts.pain(DAYS, Locale.ENGLISH)).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, y.getInt("min"));
        assertEquals(10, y.getInt("max"));
    }

    @Test
    void nothingIsPrescribedOnDaysBeforeTheProgrammeBeganNotZero() {
        JsonArray sets = parse(ProgressCharts.minutes(DAYS, Locale.ENGLISH)).getJsonObject("data").getJsonArray("datasets");
        JsonArray done = sets.getJsonObject(0).getJsonArray("data");
        JsonArray prescribed = sets.getJsonObject(1).getJsonArray("data");
        assertEquals(List.of(12, 20, 0), done.getValuesAs(n -> ((jakarta.json.JsonNumber) n).intValue()));
        assertEquals(JsonValue.NULL, prescribed.get(0), "no programme yet: no line");
        assertEquals(20, prescribed.getJsonNumber(1).intValue());
        assertEquals(20, prescribed.getJsonNumber(2).intValue());
    }

    @Test
    void daysAndTitlesAreInTheReadersLanguage() {
        JsonObject spanish = parse(ProgressCharts.minutes(DAYS, Locale.forLanguageTag("es")));
        JsonObject english = parse(ProgressCharts.minutes(DAYS, Locale.ENGLISH));
        assertEquals("Hechos", spanish.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals("Done", english.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(MONDAY.getDayOfMonth() + " " + java.time.format.DateTimeFormatter.ofPattern("MMM",
                Locale.forLanguageTag("es")).format(MONDAY), spanish.getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
