/**
 * The clinic's exercise library: {@link clinic.portal.domain.exercise.Exercise} entries with their kind,
 * instructions, default {@link clinic.portal.domain.exercise.Dose} and, for activities to avoid while in pain,
 * a caution and its reason.
 */
package clinic.portal.domain.exercise;
