package clinic.portal.ejb.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clinic's calendar: patients' days are calendar days in the clinic's time zone
 * ({@code PORTAL_CLINIC_TIME_ZONE}), whatever the server's own zone is.
 */
@ApplicationScoped
public class ClinicCalendar {

    @Inject
    @ConfigProperty(name = "portal.clinic.time-zone", defaultValue = "Europe/London")
    private ZoneId zone;

    @Inject
    private Clock clock;

    public ZoneId zone() {
        return zone;
    }

    /** A time zone a person chose (an IANA name), or the clinic's when they chose none or one no longer known. */
    public ZoneId zoneOr(String chosen) {
        return clinic.portal.domain.account.EmailPreferences.zoneOf(chosen, zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate dayOf(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /** The instant a day begins in the clinic (midnight, or the first moment after a time-zone gap). */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Now, in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Now on the clinic's wall clock, as forms show it. */
    public LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
