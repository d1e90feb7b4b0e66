package clinic.portal.ejb.patient;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.outcome.DueQuestionnaire;
import clinic.portal.ejb.warning.WarningSign;

import java.util.List;

/**
 * Everything the patient's home page shows, read in one call.
 *
 * @param programme the programme running today (or the next to start), loaded, for the shared programme view; or
 *                  null when there is none
 * @param progress  how far the patient is today with each prescription
 * @param week      this week's days, Monday to Sunday
 * @param walking   the exercise the big "Record a walk" button records: the walking the programme prescribes today,
 *                  or else the library's walking; null when the library has none
 * @param due       the outcome questionnaires the patient has to answer today
 */
public record TodayOverview(Programme programme, List<Adherence.Progress> progress, List<DayOfProgress> week,
                            List<WarningSign> warnings, Long walking, List<DueQuestionnaire> due) {
}
