package clinic.portal.ejb.mail;

import clinic.portal.domain.mail.OutboxMessage;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what is due in the outbox. Any number of senders may run at once, on one node or several: each claims up
 * to {@value #BATCH} due messages with one conditional update (a row already claimed by another sender, whose claim
 * still holds, does not match it again, so each message goes to one sender), sends them without holding a
 * transaction open across SMTP, and records each outcome in a transaction of its own. A sender that dies leaves its
 * claim to expire after {@link #CLAIM}, and another sender takes the message over.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    static final int BATCH = 20;
    static final Duration CLAIM = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private MailSettings settings;

    @Inject
    private MailSender self;

    /**
     * Sends what is due now; answers how many messages were sent. Runs as the portal itself (the schedule has no
     * caller), hence no role. Without a configured mail server it sends nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        if (!settings.isConfigured()) {
            return 0;
        }
        String claim = UUID.randomUUID().toString();
        int sent = 0;
        for (OutboxMessage message : self.claimDue(claim)) {
            String error = send(message);
            self.record(message.getId(), claim, error);
            if (error == null) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims up to {@value #BATCH} due messages for this sender, the most urgent first, and answers them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMessage> claimDue(String claim) {
        var now = calendar.now();
        em.createNativeQuery("UPDATE outbox_message SET claim = ?1, claimed_until = ?2"
                        + " WHERE id IN (SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?3"
                        + " AND (claimed_until IS NULL OR claimed_until < ?3) ORDER BY priority, next_attempt_at, id LIMIT " + BATCH + ")"
                        + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?3)")
                .setParameter(1, claim)
                .setParameter(2, now.plus(CLAIM))
                .setParameter(3, now)
                .executeUpdate();
        return em.createNamedQuery(OutboxMessage.FIND_CLAIMED, OutboxMessage.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    /** Records the outcome of one attempt, if the claim still holds. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String claim, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || !message.isClaimedBy(claim)) {
            return;
        }
        if (error == null) {
            message.sent(calendar.now());
        } else {
            message.failed(error, calendar.now());
        }
    }

    /** Sends one message; answers null, or why it failed (never with the message's text, which stays out of logs). */
    private String send(OutboxMessage message) {
        try {
            MimeMessage mime = new MimeMessage(settings.session());
            mime.setFrom(new InternetAddress(settings.from()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
            mime.setSubject(message.getSubject(), "UTF-8");
            mime.setText(message.getBody(), "UTF-8");
            mime.setHeader("Auto-Submitted", "auto-generated");
            if (message.getUnsubscribeUrl() != null) {
                mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            Transport.send(mime);
            return null;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Email " + message.getId() + " not delivered: " + e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return reason.strip();
        }
    }
}
