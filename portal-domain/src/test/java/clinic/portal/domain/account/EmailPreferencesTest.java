package clinic.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailPreferencesTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 0, 0);

    @Test
    void messageNoticesAreOnAndTheRestOffUntilAsked() {
        EmailPreferences defaults = new EmailPreferences();
        assertTrue(defaults.isOnMessage());
        assertFalse(defaults.isWeeklySummary());
        assertFalse(defaults.isMorningDigest());
        assertFalse(defaults.isQuietAt(LocalTime.of(3, 0)));
        assertEquals(MONDAY.withHour(3), defaults.sendableFrom(MONDAY.withHour(3)));
    }

    @Test
    void quietHoursWithinADayHoldAnEmailUntilTheyEnd() {
        EmailPreferences p = quiet(LocalTime.of(12, 0), LocalTime.of(14, 30));
        assertFalse(p.isQuietAt(LocalTime.of(11, 59)));
        assertTrue(p.isQuietAt(LocalTime.of(12, 0)));
        assertTrue(p.isQuietAt(LocalTime.of(14, 29)));
        assertFalse(p.isQuietAt(LocalTime.of(14, 30)), "the end is not quiet");
        assertEquals(MONDAY.withHour(14).withMinute(30), p.sendableFrom(MONDAY.withHour(13)));
        assertEquals(MONDAY.withHour(15), p.sendableFrom(MONDAY.withHour(15)));
    }

    @Test
    void quietHoursOverMidnightEndTheNextMorning() {
        EmailPreferences p = quiet(LocalTime.of(21, 0), LocalTime.of(7, 30));
        assertTrue(p.isQuietAt(LocalTime.of(23, 0)));
        assertTrue(p.isQuietAt(LocalTime.of(2, 0)));
        assertFalse(p.isQuietAt(LocalTime.of(7, 30)));
        assertFalse(p.isQuietAt(LocalTime.of(20, 59)));
        assertEquals(MONDAY.plusDays(1).withHour(7).withMinute(30), p.sendableFrom(MONDAY.withHour(22)),
                "late evening: tomorrow morning");
        assertEquals(MONDAY.withHour(7).withMinute(30), p.sendableFrom(MONDAY.withHour(1)), "after midnight: this morning");
    }

    @Test
    void quietHoursAreBothTimesDifferentOrNeither() {
        assertTrue(new EmailPreferences().isQuietHoursValid());
        assertTrue(quiet(LocalTime.of(21, 0), LocalTime.of(7, 0)).isQuietHoursValid());
        assertFalse(quiet(LocalTime.of(21, 0), null).isQuietHoursValid());
        assertFalse(quiet(null, LocalTime.of(7, 0)).isQuietHoursValid());
        assertFalse(quiet(LocalTime.of(7, 0), LocalTime.of(7, 0)).isQuietHoursValid());
    }

    @Test
    void theTimeZoneIsThePersonsOwnOrElseTheClinics() {
        java.time.ZoneId clinic = java.time.ZoneId.of("Europe/London");
        EmailPreferences p = new EmailPreferences();
        assertEquals(clinic, p.zoneOr(clinic));
        p.setTimeZone(" America/New_York ");
        assertEquals(java.time.ZoneId.of("America/New_York"), p.zoneOr(clinic));
        p.setTimeZone("");
        assertEquals(clinic, p.zoneOr(clinic), "empty: the clinic's");
        p.setTimeZone("Mars/Olympus_Mons");
        assertFalse(p.isTimeZoneValid());
        assertEquals(clinic, p.zoneOr(clinic));
    }

    @Test
    void anAccountKeepsItsOwnCopy() {
        Account account = new Account("ana", "Ana", "ana@example.org", Role.PATIENT);
        EmailPreferences edited = account.getEmailPreferences();
        edited.setWeeklySummary(true);
        assertFalse(account.getEmailPreferences().isWeeklySummary(), "not until applied");
        account.apply(edited);
        edited.setWeeklySummary(false);
        assertTrue(account.getEmailPreferences().isWeeklySummary());
    }

    private static EmailPreferences quiet(LocalTime from, LocalTime until) {
        EmailPreferences p = new EmailPreferences();
        p.setQuietFrom(from);
        p.setQuietUntil(until);
        return p;
    }
}
