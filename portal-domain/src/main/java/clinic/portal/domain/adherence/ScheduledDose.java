package clinic.portal.domain.adherence;

import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.language.Localized;

import java.time.LocalDate;

/**
 * A dose of one exercise prescribed on every day from {@code from} until {@code until} (exclusive).
 */
public record ScheduledDose(long exerciseId, Localized exerciseName, Dose dose, LocalDate from, LocalDate until) {

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}
