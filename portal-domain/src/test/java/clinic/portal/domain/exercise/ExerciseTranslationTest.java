package clinic.portal.domain.exercise;

import clinic.portal.domain.language.Language;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseTranslationTest {

    private final Exercise walking = new Exercise("Walking", ExerciseKind.WALKING, "Walk at least 10 minutes.",
            Dose.minutes(10, 2, Frequency.PER_DAY));

    @Test
    void aTranslatedExerciseSpeaksTheReadersLanguageAndTheBaseOneToOthers() {
        ExerciseWording spanish = walking.wordingIn(Language.SPANISH);
        spanish.setName(" Caminar ");
        spanish.setInstructions("Camine al menos 10 minutos.");

        assertEquals("Caminar", walking.localizedName().in(Locale.forLanguageTag("es")));
        assertEquals("Caminar", walking.localizedName().in(Locale.forLanguageTag("es-MX")));
        assertEquals("Camine al menos 10 minutos.", walking.localizedInstructions().in(Language.SPANISH));
        assertEquals("Walking", walking.localizedName().in(Locale.ENGLISH));
        assertEquals("Walking", walking.localizedName().in(Locale.FRENCH));
        assertEquals("Walking", walking.localizedName().toString());
    }

    @Test
    void whatIsNotTranslatedShowsInTheBaseLanguage() {
        walking.caution("Avoid while in acute pain.");
        walking.wordingIn(Language.SPANISH).setName("Caminar");

        assertEquals("Avoid while in acute pain.", walking.localizedCautionReason().in(Language.SPANISH));
    }

    @Test
    void anEmptyTranslationIsDroppedAndTheBaseLanguageIsTheExercisesOwn() {
        walking.wordingIn(Language.SPANISH).setName("   ");
        walking.dropEmptyTranslations();

        assertTrue(walking.wordingIn(Language.SPANISH).isEmpty());
        assertEquals("Walking", walking.localizedName().in(Language.SPANISH));
        assertThrows(IllegalArgumentException.class, () -> walking.wordingIn(Language.ENGLISH));
    }
}
