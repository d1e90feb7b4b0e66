package clinic.portal.ejb.adherence;

import clinic.portal.domain.adherence.Adherence;

import java.util.List;

/**
 * A patient's week as their today page shows it: today's progress with each prescription, and the week's days
 * (Monday to Sunday) with the minutes done; the days carry no pain, which the page does not show.
 */
public record ThisWeek(List<Adherence.Progress> today, List<DayOfProgress> days) {
}
