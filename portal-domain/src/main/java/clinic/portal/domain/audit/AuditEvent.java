package clinic.portal.domain.audit;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One line of the audit trail. Written once, never changed: there are no setters. The subject is kept by id and
 * by username as it was, so the line reads the same however the account changes later.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 50;
    public static final int DETAIL_MAX = 500;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", length = NAME_MAX, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "subject", length = NAME_MAX, updatable = false)
    private String subject;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, Long subjectId, String subject,
                       String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clip(actor, NAME_MAX);
        this.action = Objects.requireNonNull(action);
        this.subjectId = subjectId;
        this.subject = clip(subject, NAME_MAX);
        this.detail = clip(detail, DETAIL_MAX);
    }

    /**
     * An event about an account.
     *
     * @param actor   who acted (a username), or null for the portal itself
     * @param subject the account acted on, or null
     * @param detail  what else an administrator needs to read the line (never a password or clinical content)
     */
    public static AuditEvent of(OffsetDateTime at, String actor, AuditAction action, Account subject, String detail) {
        return new AuditEvent(at, actor, action, subject == null ? null : subject.getId(),
                subject == null ? null : subject.getUsername(), detail);
    }

    /** An event about a username that may not belong to any account (a sign-in attempt), kept as typed. */
    public static AuditEvent attempt(OffsetDateTime at, AuditAction action, String username, String detail) {
        return new AuditEvent(at, username, action, null, username, detail);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
