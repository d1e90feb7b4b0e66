package clinic.portal.ejb.mail;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.EmailPreferences;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.domain.mail.OutboxMessage;
import clinic.portal.domain.mail.OutboxStatus;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static clinic.portal.domain.account.Role.Names.ADMIN;

/**
 * The outbox. Messages are written only inside the transaction of the event that causes them ({@code MANDATORY}),
 * in the recipient's language; administrators page through it, newest first, and send a failed one again.
 */
@Stateless
public class Outbox {

    private static final String TEXTS = "clinic.portal.ejb.mail.MailTexts";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private MailSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private LinkSigner signer;

    /**
     * Writes a message of this kind to the account, linking to a page of the portal; {@code arguments} fill the
     * text's places from {2} on ({0} is the recipient's name, {1} the link). Any caller may cause one (a patient
     * reporting a warning sign writes to their clinicians), hence no role; only inside a change.
     * <p>
     * The email is in the recipient's language ({@link Account#writtenLanguage()}). What the person may stop ({@link MailKind#isStoppable()}) carries a signed one-click link that stops it, and
     * waits for the end of their quiet hours; a message notice they turned off is not written at all.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(@NotNull Account recipient, @NotNull MailKind kind, @NotNull String path, Object... arguments) {
        compose(recipient, kind, path, arguments);
    }

    /**
     * Writes a message as {@link #write} does, as part of a bulk send (a patient import's invitations): it goes out
     * after everything else that is due, a batch at a time, so that it never holds back a warning sign.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void writeInBulk(@NotNull Account recipient, @NotNull MailKind kind, @NotNull String path) {
        OutboxMessage message = compose(recipient, kind, path);
        if (message != null) {
            message.inBulk();
        }
    }

    private OutboxMessage compose(Account recipient, MailKind kind, String path, Object... arguments) {
        EmailPreferences preferences = recipient.getEmailPreferences();
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()
                || kind == MailKind.NEW_MESSAGE && !preferences.isOnMessage()) {
            return null;
        }
        Locale language = recipient.writtenLanguage().locale();
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = new Object[2 + arguments.length];
        values[0] = recipient.getDisplayName();
        values[1] = settings.link(path);
        System.arraycopy(arguments, 0, values, 2, arguments.length);
        String body = new MessageFormat(texts.getString(kind + ".body"), language).format(values);
        OffsetDateTime now = calendar.now();
        String stop = null;
        if (kind.isStoppable()) {
            stop = settings.link("/unsubscribe?token=" + signer.sign(EmailStops.purpose(kind), recipient.getId()));
            body += "\n\n" + new MessageFormat(texts.getString("stop." + kind), language).format(new Object[] {stop});
        }
        OutboxMessage message = OutboxMessage.to(recipient, kind, texts.getString(kind + ".subject"), body, now);
        if (stop != null) {
            message.stoppableAt(stop);
        }
        if (kind.respectsQuietHours()) {
            ZoneId zone = preferences.zoneOr(calendar.zone());
            message.notBefore(preferences.sendableFrom(now.atZoneSameInstant(zone).toLocalDateTime())
                    .atZone(zone).toOffsetDateTime());
        }
        em.persist(message);
        return message;
    }

    /** A page of the outbox (of one status, or all), newest first. */
    @RolesAllowed(ADMIN)
    public List<OutboxMessage> page(OutboxStatus status, @Min(0) int first, @Min(1) @Max(200) int max) {
        var query = status == null
                ? em.createQuery("SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                : em.createQuery("SELECT m FROM OutboxMessage m WHERE m.status = :status"
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class).setParameter("status", status);
        return query.setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(ADMIN)
    public long count(OutboxStatus status) {
        return status == null
                ? em.createQuery("SELECT COUNT(m) FROM OutboxMessage m", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status", Long.class)
                        .setParameter("status", status).getSingleResult();
    }

    /** Whether a mail server is configured (without one, nothing is sent and the page says so). */
    @RolesAllowed(ADMIN)
    public boolean isMailServerConfigured() {
        return settings.isConfigured();
    }

    /** Sends a failed message again: a fresh series of attempts, starting now. Audited. */
    @RolesAllowed(ADMIN)
    public void retry(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException("message", id);
        }
        if (message.getStatus() == OutboxStatus.FAILED) {
            message.retry(calendar.now());
            audit.record(AuditAction.MAIL_RETRIED, null, "message " + id + " to " + message.getRecipient());
        }
    }
}
