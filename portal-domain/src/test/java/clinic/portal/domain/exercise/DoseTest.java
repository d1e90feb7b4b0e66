package clinic.portal.domain.exercise;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoseTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void walkTenMinutesTwiceADayIsValid() {
        Dose walk = Dose.minutes(10, 2, Frequency.PER_DAY);
        assertTrue(validator.validate(walk).isEmpty());
        assertEquals(2, walk.sessionsPerDay());
        assertEquals(20, walk.minutesPerDay());
    }

    @Test
    void minutesOutsideOneToSixHundredAreRefused() {
        assertEquals(Set.of("Minutes must be between 1 and 600."), messages(Dose.minutes(0, 1, Frequency.PER_DAY)));
        assertEquals(Set.of("Minutes must be between 1 and 600."), messages(Dose.minutes(601, 1, Frequency.PER_DAY)));
    }

    @Test
    void elevenSessionsADayOrEightDaysAWeekAreRefused() {
        assertTrue(messages(Dose.minutes(10, 11, Frequency.PER_DAY)).contains("At most 10 sessions a day."));
        assertEquals(Set.of("At most 10 sessions a day, or 7 days a week."), messages(Dose.minutes(10, 8, Frequency.PER_WEEK)));
    }

    @Test
    void eitherMinutesOrSetsNotBothNorNeither() {
        Dose both = Dose.minutes(10, 1, Frequency.PER_DAY);
        both.setSets(2);
        both.setRepetitions(10);
        Dose neither = new Dose();
        String oneOf = "Give either minutes, or sets and repetitions (not both).";
        assertEquals(Set.of(oneOf), messages(both));
        assertEquals(Set.of(oneOf), messages(neither));
    }

    @Test
    void setsWithAHoldAreValidAndAHoldNeedsSets() {
        assertTrue(validator.validate(Dose.sets(2, 10, 20, 1, Frequency.PER_DAY)).isEmpty());
        Dose holdWithMinutes = Dose.minutes(10, 1, Frequency.PER_DAY);
        holdWithMinutes.setHoldSeconds(5);
        assertEquals(Set.of("A hold goes with sets and repetitions."), messages(holdWithMinutes));
    }

    @Test
    void aWeeklyDoseAsksForOneSessionOnADayItApplies() {
        Dose swim = Dose.minutes(20, 3, Frequency.PER_WEEK);
        assertEquals(1, swim.sessionsPerDay());
        assertEquals(20, swim.minutesPerDay());
    }

    private static Set<String> messages(Dose dose) {
        return validator.validate(dose).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
