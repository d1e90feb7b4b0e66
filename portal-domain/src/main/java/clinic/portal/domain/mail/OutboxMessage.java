package clinic.portal.domain.mail;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One email in the outbox. It is written in the same transaction as the event that causes it (so no event is
 * without its email, and no email without its event), then a sender claims it, sends it, and records the outcome:
 * sent, or failed and retried later with a growing back-off, until {@value #MAX_ATTEMPTS} attempts have failed.
 * The text is rendered when the message is written, in the recipient's language; it carries no clinical detail.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.FIND_CLAIMED,
        query = "SELECT m FROM OutboxMessage m WHERE m.claim = :claim ORDER BY m.priority, m.id")
public class OutboxMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_CLAIMED = "OutboxMessage.findClaimed";

    /** Attempts before a message is given up (and shown to administrators as failed). */
    public static final int MAX_ATTEMPTS = 6;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private MailKind kind;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "recipient", nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    /** Which due email goes first ({@link MailKind#priority()}; lower first). */
    @Column(name = "priority", nullable = false)
    private int priority;

    @Column(name = "claim", length = 36)
    private String claim;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    /** Where one click stops emails of this kind (RFC 8058), or null for the emails one cannot stop. */
    @Column(name = "unsubscribe_url", length = 500, updatable = false)
    private String unsubscribeUrl;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    private OutboxMessage(MailKind kind, Account recipient, String subject, String body, OffsetDateTime now) {
        this.kind = Objects.requireNonNull(kind);
        this.recipientId = recipient.getId();
        this.recipient = Objects.requireNonNull(recipient.getEmail());
        this.subject = clip(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.body = clip(Objects.requireNonNull(body), BODY_MAX);
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.priority = kind.priority();
    }

    /** Part of a bulk send (a patient import's invitations): it goes out after everything else that is due. */
    public OutboxMessage inBulk() {
        priority = MailKind.BULK_PRIORITY;
        return this;
    }

    public int getPriority() {
        return priority;
    }

    /** A message to an account's email address, to be sent as soon as a sender is free. */
    public static OutboxMessage to(Account recipient, MailKind kind, String subject, String body, OffsetDateTime now) {
        return new OutboxMessage(kind, recipient, subject, body, now);
    }

    /** The same message, stoppable with one click at this address (a List-Unsubscribe header and a line in it). */
    public OutboxMessage stoppableAt(String url) {
        this.unsubscribeUrl = url;
        return this;
    }

    /** The same message, held back until this time (the end of the recipient's quiet hours). */
    public OutboxMessage notBefore(OffsetDateTime time) {
        if (time.isAfter(nextAttemptAt)) {
            this.nextAttemptAt = time;
        }
        return this;
    }

    /** What a sent message's text becomes when it held a link that sets a password. */
    public static final String SECRET_REMOVED = "(Sent. The text held a single-use link and is not kept.)";

    /**
     * The sender delivered it. A text that held a link setting a password is not kept: the database holds no
     * usable link once it left.
     */
    public void sent(OffsetDateTime now) {
        if (kind.carriesSecret()) {
            body = SECRET_REMOVED;
        }
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
        release();
    }

    /**
     * The sender could not deliver it: tried again after a back-off that doubles from a minute up to an hour, or
     * given up once {@value #MAX_ATTEMPTS} attempts have failed.
     */
    public void failed(String error, OffsetDateTime now) {
        attempts++;
        lastError = clip(error == null ? "unknown error" : error, ERROR_MAX);
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backOff(attempts));
        }
        release();
    }

    /** The wait after the given number of failed attempts. */
    static Duration backOff(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** An administrator asks for a failed message to be sent again: a fresh series of attempts, starting now. */
    public void retry(OffsetDateTime now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("Only a failed message is retried; this one is " + status);
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claim = null;
        claimedUntil = null;
    }

    /** Whether this sender's claim on the message still holds (another sender takes over an expired claim). */
    public boolean isClaimedBy(String token) {
        return token.equals(claim) && status == OutboxStatus.PENDING;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
