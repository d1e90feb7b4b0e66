package clinic.portal.domain.adherence;

import clinic.portal.domain.exercise.Dose;

import java.time.LocalDate;

/**
 * A dose of one exercise prescribed on every day from {@code from} until {@code until} (exclusive).
 */
public record ScheduledDose(long exerciseId, String exerciseName, Dose dose, LocalDate from, LocalDate until) {

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}
