/**
 * Outcome questionnaires on the pages: the patient answers a due one ({@link clinic.portal.web.outcome.AnswerQuestionnaire},
 * one page for every questionnaire, drawn from its items), and a clinician asks or stops asking one on the patient's
 * page ({@link clinic.portal.web.outcome.AskQuestionnaire}).
 */
package clinic.portal.web.outcome;
