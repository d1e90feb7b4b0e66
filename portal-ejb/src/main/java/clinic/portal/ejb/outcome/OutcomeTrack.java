package clinic.portal.ejb.outcome;

import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.Change;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.outcome.Score;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One questionnaire of one patient: when it is asked and its scores over time.
 *
 * @param schedule when it is asked; null when it is no longer asked (the scores stay)
 * @param scores   oldest first
 * @param change   the latest score against the first; null with fewer than two scores
 */
public record OutcomeTrack(Questionnaire questionnaire, Schedule schedule, List<Scored> scores, Change change) implements Serializable {

    /**
     * When a questionnaire is asked.
     *
     * @param everyWeeks null: once
     * @param nextDue    the next day it falls due, or the day it fell due while it is unanswered; null when it was
     *                   asked once and answered
     */
    public record Schedule(LocalDate firstDue, Integer everyWeeks, LocalDate nextDue, boolean due) implements Serializable {
    }

    /** One response's score, with the answers (a PSFS score means little without the activities named). */
    public record Scored(LocalDate answeredOn, Score score, List<Answer> answers) implements Serializable {
    }

    public Scored first() {
        return scores.isEmpty() ? null : scores.get(0);
    }

    public Scored latest() {
        return scores.isEmpty() ? null : scores.get(scores.size() - 1);
    }
}
