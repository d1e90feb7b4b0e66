package clinic.portal.ejb.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
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

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public LocalDate dayOf(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /** The instant a day begins in the clinic (midnight, or the first moment after a time-zone gap). */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
