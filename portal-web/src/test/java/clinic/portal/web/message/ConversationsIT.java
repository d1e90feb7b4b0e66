package clinic.portal.web.message;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.mail.OutboxMessage;
import clinic.portal.domain.mail.OutboxStatus;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.account.EmailSettings;
import clinic.portal.ejb.audit.AuditQuery;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.ejb.message.Conversation;
import clinic.portal.ejb.message.Conversations;
import clinic.portal.ejb.message.InboxLine;
import clinic.portal.ejb.message.MessageLine;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages between a patient and their care team through the service, on a real Payara Micro and database: who may
 * read and write which conversation, unread counts on both sides (read once for the whole care team), the clinician's
 * read audited, one email per unread run without the text, and what each person asked for by email (notices off,
 * quiet hours that hold a notice back until they end).
 */
@ExtendWith(ArquillianExtension.class)
class ConversationsIT {

    private static final String PASSWORD = "tulip-granite-ferry-71";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @Inject
    private Conversations conversations;

    @Inject
    private EmailSettings emailSettings;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestData data;

    @Inject
    private MovableClock clock;

    @Inject
    private ClinicCalendar calendar;

    private Account clinician;
    private Account colleague;
    private Account stranger;
    private Account patient;
    private Account otherPatient;

    @BeforeEach
    void aPatientWithTwoClinicians() {
        clinician = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        colleague = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        stranger = data.open(Role.CLINICIAN, Unique.username("clin"), PASSWORD);
        patient = data.openPatient(Unique.username("pat"), PASSWORD, clinician.getId(), colleague.getId());
        otherPatient = data.openPatient(Unique.username("pat"), PASSWORD, stranger.getId());
    }

    @AfterEach
    void signOut() {
        clock.reset();
        Caller.signOut();
    }

    @Test
    void aPatientWritesTheCareTeamReadsItOnceForAllAndAnswers() {
        as(patient);
        conversations.sendMine("My back is stiff in the mornings.");
        conversations.sendMine("  Should I still walk before breakfast?  ");
        assertEquals(0, conversations.unread(), "a patient's own messages are not unread for them");

        as(colleague);
        assertEquals(2, conversations.unread());
        as(clinician);
        assertEquals(2, conversations.unread(), "unread for every clinician of the team");
        List<InboxLine> inbox = conversations.inbox(0, 20);
        assertEquals(1, inbox.size());
        assertEquals(patient.getId(), inbox.get(0).patientId());
        assertEquals(2, inbox.get(0).unread());
        assertEquals(1, conversations.inboxCount());

        Conversation opened = conversations.open(patient.getId(), 30);
        assertEquals(2, opened.total());
        assertEquals("Should I still walk before breakfast?", opened.messages().get(0).text(), "newest first, trimmed");
        assertTrue(opened.messages().get(0).fromPatient());
        assertFalse(opened.messages().get(0).mine());
        assertEquals(0, conversations.unread());
        as(colleague);
        assertEquals(0, conversations.unread(), "read for the whole care team once one of them opened it");

        as(clinician);
        MessageLine answer = conversations.send(patient.getId(), "Yes: ten minutes, at your own pace.");
        assertTrue(answer.mine());
        assertFalse(answer.fromPatient());

        as(patient);
        assertEquals(1, conversations.unread());
        Conversation mine = conversations.openMine(30);
        assertEquals(3, mine.total());
        assertEquals(clinician.getDisplayName(), mine.messages().get(0).author());
        assertEquals(clinician.getDisplayName(), mine.messages().get(1).readBy(), "the patient sees who read it");
        assertNotNull(mine.messages().get(1).readAt());
        assertEquals(0, conversations.unread());

        Caller.admin();
        List<AuditEvent> reads = audit.search(new AuditQuery(clinician.getUsername(), AuditAction.MESSAGES_VIEWED,
                null, null), 0, 10);
        assertEquals(1, reads.size(), "the clinician's read of the patient's messages is audited");
        assertEquals(patient.getUsername(), reads.get(0).getSubject());
        assertEquals(3, audit.search(new AuditQuery(patient.getUsername(), AuditAction.MESSAGE_SENT, null, null), 0, 10)
                .size(), "two by the patient, one to them");
        assertFalse(reads.get(0).getDetail().contains("breakfast"), "no text in the audit trail");
    }

    @Test
    void nobodyElseReadsOrWritesTheConversation() {
        as(patient);
        conversations.sendMine("Hello");
        long id = patient.getId();

        as(stranger);
        assertThrows(NotFoundException.class, () -> conversations.open(id, 30));
        assertThrows(NotFoundException.class, () -> conversations.send(id, "Hi, I am not your clinician"));
        assertEquals(0, conversations.unread());
        assertEquals(0, conversations.inboxCount());

        as(otherPatient);
        assertThrows(NotFoundException.class, () -> conversations.open(id, 30));
        assertThrows(NotFoundException.class, () -> conversations.send(id, "Hi"));
        assertEquals(0, conversations.openMine(30).total());
        assertThrows(NotFoundException.class, () -> conversations.open(clinician.getId(), 30), "not a patient");
    }

    @Test
    void anEmptyOrOverlongMessageIsRefusedWithItsReason() {
        as(patient);
        assertEquals(Conversations.EMPTY, assertThrows(RuleViolation.class, () -> conversations.sendMine("   \n "))
                .messageKey());
        RuleViolation tooLong = assertThrows(RuleViolation.class, () -> conversations.sendMine("a".repeat(2001)));
        assertEquals(Conversations.TOO_LONG, tooLong.messageKey());
        assertEquals("text", tooLong.field());
        assertEquals(0, conversations.openMine(30).total());
        assertEquals(2000, conversations.sendMine("b".repeat(2000)).text().length());
    }

    @Test
    void eachSideIsEmailedOncePerUnreadRunWithoutTheTextAndOnlyIfTheyWantIt() {
        as(patient);
        conversations.sendMine("First line about my knee");
        conversations.sendMine("Second line");
        assertEquals(1, notices(clinician).size(), "one email for two unread messages");
        assertEquals(1, notices(colleague).size(), "to every clinician of the team");
        OutboxMessage notice = notices(clinician).get(0);
        assertEquals("You have a new message in the Clinic Portal", notice.getSubject());
        assertFalse(notice.getBody().contains("knee"), notice.getBody());
        assertTrue(notice.getBody().contains("/clinician/messages/conversation.xhtml?patient=" + patient.getId()));
        assertNotNull(notice.getUnsubscribeUrl(), "a notice can be stopped with one click");

        as(clinician);
        conversations.open(patient.getId(), 30);
        as(patient);
        conversations.sendMine("Third, after they read the first two");
        assertEquals(2, notices(clinician).size(), "a new unread run, a new email");

        as(patient);
        EmailPreferences off = emailSettings.mine();
        off.setOnMessage(false);
        emailSettings.saveMine(off);
        as(colleague);
        conversations.send(patient.getId(), "We will call you tomorrow.");
        assertTrue(notices(patient).isEmpty(), "the patient turned message emails off");
    }

    @Test
    void aNoticeInTheQuietHoursWaitsUntilTheyEnd() {
        LocalDateTime now = calendar.localNow();
        as(clinician);
        EmailPreferences quiet = emailSettings.mine();
        quiet.setQuietFrom(now.toLocalTime().minusHours(1).withSecond(0).withNano(0));
        LocalTime until = now.toLocalTime().plusHours(2).withSecond(0).withNano(0);
        quiet.setQuietUntil(until);
        emailSettings.saveMine(quiet);

        as(patient);
        conversations.sendMine("Evening question");
        OutboxMessage held = notices(clinician).get(0);
        LocalDateTime sendAt = held.getNextAttemptAt().atZoneSameInstant(calendar.zone()).toLocalDateTime();
        assertEquals(until, sendAt.toLocalTime(), "held until the quiet hours end");
        assertTrue(sendAt.isAfter(now));
        OutboxMessage colleagues = notices(colleague).get(0);
        assertFalse(colleagues.getNextAttemptAt().isAfter(calendar.now()), "the colleague has no quiet hours");

        as(clinician);
        EmailPreferences wrong = emailSettings.mine();
        wrong.setQuietUntil(null);
        assertThrows(jakarta.ejb.EJBException.class, () -> emailSettings.saveMine(wrong), "both times or neither");
        assertEquals(until, emailSettings.mine().getQuietUntil(), "nothing saved");
    }

    private List<OutboxMessage> notices(Account recipient) {
        Caller.admin();
        List<OutboxMessage> all = outbox.page(OutboxStatus.PENDING, 0, 200).stream()
                .filter(m -> recipient.getId().equals(m.getRecipientId()) && m.getKind() == MailKind.NEW_MESSAGE)
                .toList();
        Caller.signOut();
        return all;
    }

    private void as(Account account) {
        Caller.signIn(account.getUsername(), PASSWORD);
    }
}
