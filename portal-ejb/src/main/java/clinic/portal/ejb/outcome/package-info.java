/**
 * Outcome questionnaires as use cases: a clinician asks a patient one (once, or every 2 or 4 weeks), the patient
 * answers it when it is due, and both see the scores over time with the change against the first
 * ({@link clinic.portal.ejb.outcome.OutcomeService}).
 */
package clinic.portal.ejb.outcome;
