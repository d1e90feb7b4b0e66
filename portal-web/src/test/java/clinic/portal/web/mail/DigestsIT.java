package clinic.portal.web.mail;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.mail.OutboxMessage;
import clinic.portal.domain.mail.OutboxStatus;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.account.EmailSettings;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.ejb.reminder.WalkReminders;
import clinic.portal.ejb.reminder.WeeklySummaries;
import clinic.portal.ejb.review.MorningDigests;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.web.support.Caller;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.MovableClock;
import clinic.portal.web.support.TestData;
import clinic.portal.web.support.Unique;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emails people ask for on a calendar, written to the outbox by the portal's own checks (run here when the test
 * chooses, the portal's clock moved to the day and hour, never waited for): a patient's Monday summary of last week,
 * a clinician's morning count of patients who need a look, and a walk reminder at the patient's own time in the time
 * zone they chose. Each goes once however many checks run, only to those
 * who asked, and says nothing clinical. (The outbox's delivery through SMTP is {@link MailIT}'s.)
 */
@ExtendWith(ArquillianExtension.class)
class DigestsIT {

    private static final String PASSWORD = "harbour-lilac-quartz-27";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private WeeklySummaries summaries;

    @Inject
    private MorningDigests digests;

    @Inject
    private WalkReminders reminders;

    @Inject
    private ReviewService reviews;

    @Inject
    private EmailSettings emailSettings;

    @Inject
    private Outbox outbox;

    @Inject
    private TestData data;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    @AfterEach
    void backToNow() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aPatientWhoAskedGetsLastWeeksFiguresOnceOnMondayMorning() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account asked = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Account quiet = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        choose(asked, p -> p.setWeeklySummary(true));

        LocalDateTime now = calendar.localNow();
        LocalDateTime monday = now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(7, 55);
        clock.advance(Duration.between(now, monday));
        for (Account patient : List.of(asked, quiet)) {
            data.walkDaysAgo(patient.getId(), 1, 20);
            data.walkDaysAgo(patient.getId(), 3, 15);
            data.walkDaysAgo(patient.getId(), 3, 10);
            data.walkDaysAgo(patient.getId(), 8, 30);
        }
        summaries.sendDue();
        assertTrue(mails(asked, MailKind.WEEKLY_SUMMARY).isEmpty(), "not before eight on Monday");

        clock.advance(Duration.ofMinutes(10));
        data.walkDaysAgo(asked.getId(), 0, 12);
        summaries.sendDue();
        summaries.sendDue();
        List<OutboxMessage> sent = mails(asked, MailKind.WEEKLY_SUMMARY);
        assertEquals(1, sent.size(), "once, however many checks run");
        assertEquals("Your week in the Clinic Portal", sent.get(0).getSubject());
        assertTrue(sent.get(0).getBody().contains("on 2 of 7 days, 45 minutes in all"),
                "last Monday to Sunday only: " + sent.get(0).getBody());
        assertTrue(sent.get(0).getBody().contains("/patient/history.xhtml"));
        assertNotNull(sent.get(0).getUnsubscribeUrl(), "stoppable with one click");
        assertTrue(mails(quiet, MailKind.WEEKLY_SUMMARY).isEmpty(), "only to those who asked");

        clock.advance(Duration.ofDays(1));
        summaries.sendDue();
        assertEquals(1, mails(asked, MailKind.WEEKLY_SUMMARY).size(), "Mondays only");
    }

    @Test
    void aClinicianWhoAskedIsToldEachMorningHowManyPatientsNeedALookWithoutNames() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account idle = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account worried = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Account other = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        data.warningSign(worried.getId(), Set.of(RedFlag.NIGHT_PAIN));
        choose(clinician, p -> p.setMorningDigest(true));
        choose(idle, p -> p.setMorningDigest(true));

        LocalDateTime now = calendar.localNow();
        LocalDateTime early = now.toLocalDate().plusDays(1).atTime(LocalTime.of(6, 50));
        clock.advance(Duration.between(now, early));
        digests.sendDue();
        assertTrue(mails(clinician, MailKind.MORNING_DIGEST).isEmpty(), "not before seven");

        clock.advance(Duration.ofMinutes(15));
        Caller.signIn(clinician.getUsername(), PASSWORD);
        Map<Long, Set<ReviewFlag>> flags = reviews.flags(List.of(worried.getId(), other.getId()));
        long needLook = flags.values().stream().filter(f -> !f.isEmpty()).count();
        assertTrue(flags.get(worried.getId()).contains(ReviewFlag.RED_FLAG));
        Caller.signOut();

        digests.sendDue();
        digests.sendDue();
        List<OutboxMessage> sent = mails(clinician, MailKind.MORNING_DIGEST);
        assertEquals(1, sent.size(), "once a day, however many checks run");
        String body = sent.get(0).getBody();
        assertTrue(body.contains(needLook == 1 ? "One patient of yours needs a look today"
                : needLook + " patients of yours need a look today"), body);
        for (String clinical : List.of(worried.getDisplayName(), worried.getUsername(), "night", "pain")) {
            assertFalse(body.toLowerCase().contains(clinical.toLowerCase()), "no '" + clinical + "' in: " + body);
        }
        assertTrue(mails(idle, MailKind.MORNING_DIGEST).isEmpty(), "nothing when no patient needs a look");

        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        assertEquals(2, mails(clinician, MailKind.MORNING_DIGEST).size(), "the next morning, again");
    }

    @Test
    void aWalkReminderComesAtThePatientsOwnTimeInTheirTimeZone() {
        Account clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        Account abroad = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        Account home = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId());
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDateTime there = calendar.now().atZoneSameInstant(newYork).toLocalDateTime();
        if (there.toLocalTime().isAfter(LocalTime.of(23, 0))) {
            clock.advance(Duration.ofHours(2));
            there = there.plusHours(2);
        }
        LocalTime at = there.toLocalTime().plusMinutes(10).withSecond(0).withNano(0);
        choose(abroad, p -> p.setTimeZone("America/New_York"));
        for (Account patient : List.of(abroad, home)) {
            Caller.signIn(patient.getUsername(), PASSWORD);
            reminders.setMine(List.of(at));
            Caller.signOut();
        }

        clock.advance(Duration.ofMinutes(11));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, mails(abroad, MailKind.WALK_REMINDER).size(), at + " in New York, once");
        assertTrue(mails(home, MailKind.WALK_REMINDER).isEmpty(), "not " + at + " in London");
    }

    private void choose(Account account, Consumer<EmailPreferences> change) {
        Caller.signIn(account.getUsername(), PASSWORD);
        EmailPreferences preferences = emailSettings.mine();
        change.accept(preferences);
        emailSettings.saveMine(preferences);
        Caller.signOut();
    }

    private List<OutboxMessage> mails(Account recipient, MailKind kind) {
        Caller.admin();
        List<OutboxMessage> theirs = outbox.page(OutboxStatus.PENDING, 0, 200).stream()
                .filter(m -> recipient.getId().equals(m.getRecipientId()) && m.getKind() == kind).toList();
        Caller.signOut();
        return theirs;
    }
}
