package clinic.portal.web;

import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;

/** The clinic's settings that pages need, such as the time zone in which times are shown. */
@Named
@ApplicationScoped
public class Clinic {

    @Inject
    private ClinicCalendar calendar;

    public ZoneId getZone() {
        return calendar.zone();
    }

    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(calendar.zone());
    }

    /** A date as people read it in the clinic's language ("24 Nov 2026"). */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Texts.get("format.date"), Faces.getLocale()).format(date);
    }

    /** A moment as people read it on the clinic's wall clock ("24 Nov 2026, 14:05"). */
    public String dateTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Texts.get("format.dateTime"), Faces.getLocale())
                .format(time.atZoneSameInstant(calendar.zone()));
    }

    public LocalDate getToday() {
        return calendar.today();
    }
}
