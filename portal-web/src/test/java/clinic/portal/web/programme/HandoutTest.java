package clinic.portal.web.programme;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandoutTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void theHandoutIsAPdfWhoseTextSaysWhoItIsForAndEachExerciseInTheLanguageAsked() throws Exception {
        ProgrammeView programme = new ProgrammeView(1, MONDAY, null, "Walk every day, even a little.", "Dr Ana Ruiz",
                MONDAY, List.of(new ProgrammeView.PhaseView("Primeros días", MONDAY, null, true, List.of(
                new ProgrammeView.LineView(1, "Caminar", "10 minutos, dos veces al día", "Camine al menos 10 minutos.",
                        null, false, null, new ProgrammeView.Picture(1, null, "walking", "Una persona que camina")),
                new ProgrammeView.LineView(15, "Golf", "30 minutos, una vez a la semana", "Empiece con golpes cortos.",
                        null, true, "Evite el golf mientras le duela la espalda.", null)))), List.of());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        byte[] walking;
        try (var png = Handout.class.getResourceAsStream("/clinic/portal/web/exercises/walking.png")) {
            walking = png.readAllBytes();
        }

        Handout.write(pdf, "María López", programme, Locale.forLanguageTag("es"), MONDAY, java.util.Map.of(1L, walking));

        assertEquals(1, clinic.portal.web.support.PdfText.images(pdf.toByteArray()), "the walking's drawing");

        PdfReader reader = new PdfReader(pdf.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        for (String expected : List.of("Su programa de ejercicios", "Para María López, de Dr Ana Ruiz", "Primeros días",
                "Caminar: 10 minutos, dos veces al día", "Camine al menos 10 minutos.",
                "Precaución: Evite el golf mientras le duela la espalda.", "Walk every day, even a little.")) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
    }
}
