package clinic.portal.ejb.exercise;

import clinic.portal.domain.exercise.Exercise;

import java.util.List;

/**
 * What a patient can say they did, in the order the record form offers it: today's prescribed exercises first, then
 * the rest of the library.
 */
public record RecordChoices(List<Exercise> prescribed, List<Exercise> others) {
}
