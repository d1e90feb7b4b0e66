package clinic.portal.domain.message;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One message in the conversation between a patient and their care team. A patient writes to the whole care team
 * (any of their clinicians may answer); a clinician writes to the patient. A message is read once by the other side:
 * the patient, or the first clinician of the team who opens the conversation (who is named to the patient). It is
 * patient data, kept as written: nobody edits or deletes it.
 */
@Entity
@Table(name = "care_message")
@NamedQuery(name = CareMessage.FIND_THREAD,
        query = "SELECT m FROM CareMessage m JOIN FETCH m.author LEFT JOIN FETCH m.readBy WHERE m.patient.id = :patient"
                + " ORDER BY m.sentAt DESC, m.id DESC")
@NamedQuery(name = CareMessage.COUNT_THREAD,
        query = "SELECT COUNT(m) FROM CareMessage m WHERE m.patient.id = :patient")
@NamedQuery(name = CareMessage.COUNT_UNREAD_IN_THREAD,
        query = "SELECT COUNT(m) FROM CareMessage m WHERE m.patient.id = :patient AND m.fromPatient = :fromPatient"
                + " AND m.readAt IS NULL")
@NamedQuery(name = CareMessage.MARK_READ,
        query = "UPDATE CareMessage m SET m.readAt = :now, m.readBy = :reader WHERE m.patient.id = :patient"
                + " AND m.fromPatient = :fromPatient AND m.readAt IS NULL")
// From the patient as author = patient: EclipseLink prints a boolean literal in this correlated EXISTS as 1, which H2 refuses.
@NamedQuery(name = CareMessage.COUNT_UNREAD_FOR_CLINICIAN,
        query = "SELECT COUNT(m) FROM CareMessage m WHERE m.readAt IS NULL AND m.author = m.patient AND EXISTS"
                + " (SELECT c.id FROM Account p JOIN p.clinicians c WHERE p = m.patient AND c.id = :clinician)")
@NamedQuery(name = CareMessage.INBOX,
        query = "SELECT p.id, p.displayName, MAX(m.sentAt) AS latest,"
                + " SUM(CASE WHEN m.author = m.patient AND m.readAt IS NULL THEN 1 ELSE 0 END) AS unread"
                + " FROM CareMessage m JOIN m.patient p JOIN p.clinicians c WHERE c.username = :clinician"
                + " GROUP BY p.id, p.displayName ORDER BY unread DESC, latest DESC, p.id")
@NamedQuery(name = CareMessage.COUNT_INBOX,
        query = "SELECT COUNT(DISTINCT m.patient.id) FROM CareMessage m JOIN m.patient p JOIN p.clinicians c"
                + " WHERE c.username = :clinician")
public class CareMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The conversation of one patient, newest first. */
    public static final String FIND_THREAD = "CareMessage.findThread";
    public static final String COUNT_THREAD = "CareMessage.countThread";
    /** Unread messages of one conversation written by one side (the patient, or the care team). */
    public static final String COUNT_UNREAD_IN_THREAD = "CareMessage.countUnreadInThread";
    /** Marks the other side's messages of a conversation read, by the caller, now. */
    public static final String MARK_READ = "CareMessage.markRead";
    /**
     * Messages from a clinician's patients (by the clinician's id, as {@link
     * clinic.portal.domain.log.RedFlagAlert#FIND_OPEN_FOR_CLINICIAN}) that nobody of their care team has read.
     */
    public static final String COUNT_UNREAD_FOR_CLINICIAN = "CareMessage.countUnreadForClinician";
    /**
     * A clinician's conversations: the patient, the latest message, the unread count (the patient's own messages,
     * compared by author: EclipseLink writes a boolean inside CASE as 1, which H2 refuses); unread first, then newest.
     */
    public static final String INBOX = "CareMessage.inbox";
    public static final String COUNT_INBOX = "CareMessage.countInbox";

    /** The longest message, in characters: a few paragraphs. */
    public static final int TEXT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "care_message_seq", sequenceName = "care_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_message_seq")
    private Long id;

    /** Whose conversation it is. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Account patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    /** Written by the patient (to the care team) rather than by a clinician (to the patient). */
    @Column(name = "from_patient", nullable = false, updatable = false)
    private boolean fromPatient;

    @Column(name = "body", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "read_by_id")
    private Account readBy;

    protected CareMessage() {
        // for JPA
    }

    private CareMessage(Account patient, Account author, String text, OffsetDateTime now) {
        if (patient.getRole() != Role.PATIENT) {
            throw new IllegalArgumentException("A conversation belongs to a patient");
        }
        boolean byPatient = patient.equals(author);
        if (!byPatient && !patient.getClinicians().contains(author)) {
            throw new IllegalArgumentException("Only the patient and their clinicians write in their conversation");
        }
        String stripped = Objects.requireNonNull(text).strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX) {
            throw new IllegalArgumentException("A message has 1 to " + TEXT_MAX + " characters");
        }
        this.patient = patient;
        this.author = author;
        this.fromPatient = byPatient;
        this.text = stripped;
        this.sentAt = Objects.requireNonNull(now);
    }

    /** A message written by the patient or by one of their clinicians, in the patient's conversation. */
    public static CareMessage write(Account patient, Account author, String text, OffsetDateTime now) {
        return new CareMessage(patient, author, text, now);
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public Account getAuthor() {
        return author;
    }

    public boolean isFromPatient() {
        return fromPatient;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    public Account getReadBy() {
        return readBy;
    }
}
