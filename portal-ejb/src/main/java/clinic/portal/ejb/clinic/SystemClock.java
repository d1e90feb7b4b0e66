package clinic.portal.ejb.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of the time: every part of the portal that asks what time it is injects this {@link Clock}
 * (through {@link ClinicCalendar} for the clinic's days). Tests replace it with a clock they can move, so that
 * "overdue after four hours" or "the next day" is tested without waiting and without guessing the time zone.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
