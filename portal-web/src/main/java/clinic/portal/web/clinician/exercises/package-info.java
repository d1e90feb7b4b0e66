/** {@code /clinician/exercises/}: the exercise library and its editor. */
package clinic.portal.web.clinician.exercises;
