/**
 * Outcome questionnaires (patient-reported outcome measures): what each asks and how it is scored, as data
 * ({@link clinic.portal.domain.outcome.Questionnaire}); when a patient is asked
 * ({@link clinic.portal.domain.outcome.OutcomeSchedule}); what they answered, scored once when they answer
 * ({@link clinic.portal.domain.outcome.OutcomeResponse}); and whether a later score is a change that matters
 * ({@link clinic.portal.domain.outcome.Change}).
 */
package clinic.portal.domain.outcome;
