package clinic.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What a person wants by email besides what they cannot do without (warning signs to their clinicians, the links
 * that set a password): notice of a new message (on unless turned off), a patient's weekly summary and a clinician's
 * morning list (off unless asked for), quiet hours during which those emails wait, and the time zone those times
 * (and walk reminders) are in: the person's own, or else the clinic's.
 * Mutable, so that the account page edits a copy in place; the account keeps its own.
 */
@Embeddable
public class EmailPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "email_on_message", nullable = false)
    private boolean onMessage = true;

    @Column(name = "email_weekly_summary", nullable = false)
    private boolean weeklySummary;

    @Column(name = "email_morning_digest", nullable = false)
    private boolean morningDigest;

    /** Minutes since midnight, or null: no quiet hours. */
    @Column(name = "quiet_from_minute")
    private Integer quietFrom;

    @Column(name = "quiet_until_minute")
    private Integer quietUntil;

    /** The person's time zone (an IANA name), or null: the clinic's. */
    @Column(name = "time_zone", length = 50)
    private String timeZone;

    public EmailPreferences() {
        // the defaults: message notices on, the rest off, no quiet hours
    }

    public EmailPreferences copy() {
        EmailPreferences copy = new EmailPreferences();
        copy.onMessage = onMessage;
        copy.weeklySummary = weeklySummary;
        copy.morningDigest = morningDigest;
        copy.quietFrom = quietFrom;
        copy.quietUntil = quietUntil;
        copy.timeZone = timeZone;
        return copy;
    }

    /** Quiet hours are both times or neither, and not the same time (that would be all day or none). */
    @AssertTrue(message = "{preferences.quiet.invalid}")
    public boolean isQuietHoursValid() {
        return quietFrom == null && quietUntil == null
                || quietFrom != null && quietUntil != null && !quietFrom.equals(quietUntil);
    }

    /** A time zone the portal knows by its IANA name, or none. */
    @AssertTrue(message = "{preferences.timeZone.invalid}")
    public boolean isTimeZoneValid() {
        return timeZone == null || ZoneId.getAvailableZoneIds().contains(timeZone);
    }

    /** The person's time zone, or the clinic's when they chose none. */
    public ZoneId zoneOr(ZoneId clinic) {
        return zoneOf(timeZone, clinic);
    }

    /**
     * A chosen time zone (an IANA name) as a zone, or the fallback when none was chosen or the name is no longer
     * known: for code that reads the name alone from a query.
     */
    public static ZoneId zoneOf(String chosen, ZoneId fallback) {
        return chosen != null && ZoneId.getAvailableZoneIds().contains(chosen) ? ZoneId.of(chosen) : fallback;
    }

    /** Whether the time falls in the quiet hours (which may run past midnight: 21:00 to 08:00). */
    public boolean isQuietAt(LocalTime time) {
        if (quietFrom == null || quietUntil == null) {
            return false;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        return quietFrom < quietUntil
                ? minute >= quietFrom && minute < quietUntil
                : minute >= quietFrom || minute < quietUntil;
    }

    /** When an email that respects quiet hours may go: now, or at the end of the quiet hours it falls in. */
    public LocalDateTime sendableFrom(LocalDateTime now) {
        if (!isQuietAt(now.toLocalTime())) {
            return now;
        }
        LocalDateTime end = now.toLocalDate().atTime(LocalTime.ofSecondOfDay(quietUntil * 60L));
        return end.isAfter(now) ? end : end.plusDays(1);
    }

    public boolean isOnMessage() {
        return onMessage;
    }

    public void setOnMessage(boolean onMessage) {
        this.onMessage = onMessage;
    }

    public boolean isWeeklySummary() {
        return weeklySummary;
    }

    public void setWeeklySummary(boolean weeklySummary) {
        this.weeklySummary = weeklySummary;
    }

    public boolean isMorningDigest() {
        return morningDigest;
    }

    public void setMorningDigest(boolean morningDigest) {
        this.morningDigest = morningDigest;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    public LocalTime getQuietFrom() {
        return quietFrom == null ? null : LocalTime.ofSecondOfDay(quietFrom * 60L);
    }

    public void setQuietFrom(LocalTime from) {
        this.quietFrom = from == null ? null : from.getHour() * 60 + from.getMinute();
    }

    public LocalTime getQuietUntil() {
        return quietUntil == null ? null : LocalTime.ofSecondOfDay(quietUntil * 60L);
    }

    public void setQuietUntil(LocalTime until) {
        this.quietUntil = until == null ? null : until.getHour() * 60 + until.getMinute();
    }
}
