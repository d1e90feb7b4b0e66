package clinic.portal.ejb.adherence;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of a patient's history, for charts and the calendar: minutes done against minutes prescribed
 * (weekly doses spread over their week), sessions, and the average pain before and after.
 *
 * @param underProgramme whether a programme ran that day (before it began, or after it ended, nothing was
 *                       prescribed, not "0 minutes")
 */
public record DayOfProgress(LocalDate day, long minutesDone, double minutesPrescribed, long sessions,
                            Double painBefore, Double painAfter, boolean underProgramme) implements Serializable {

    public boolean isActive() {
        return sessions > 0;
    }
}
