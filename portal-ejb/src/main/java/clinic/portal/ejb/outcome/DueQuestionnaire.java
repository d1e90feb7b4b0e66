package clinic.portal.ejb.outcome;

import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Questionnaire;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A questionnaire the patient has to answer.
 *
 * @param dueOn    the day it fell due
 * @param previous the patient's last answers to it, oldest item first (a PSFS asks about the same activities each
 *                 time, so the form starts with the ones named before); empty the first time
 */
public record DueQuestionnaire(Questionnaire questionnaire, LocalDate dueOn, List<Answer> previous) implements Serializable {
}
