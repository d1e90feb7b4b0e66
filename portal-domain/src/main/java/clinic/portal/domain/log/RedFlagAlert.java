package clinic.portal.domain.log;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Warning signs a patient reported, on their own or while recording or correcting a session, waiting for one of
 * their clinicians to review them. Reviewing records who did it, when, and what was done; an alert is never
 * deleted. One not reviewed in time is overdue, which every clinician of the patient and the administrators see.
 */
@Entity
@Table(name = "red_flag_alert")
@NamedQuery(name = RedFlagAlert.FIND_FOR_PATIENT,
        query = "SELECT a FROM RedFlagAlert a LEFT JOIN FETCH a.session LEFT JOIN FETCH a.reviewedBy"
                + " WHERE a.patient.id = :patient AND (a.reviewedAt IS NULL OR a.raisedAt >= :since)"
                + " ORDER BY a.raisedAt DESC, a.id DESC")
@NamedQuery(name = RedFlagAlert.FIND_RAISED_BETWEEN,
        query = "SELECT a FROM RedFlagAlert a LEFT JOIN FETCH a.session LEFT JOIN FETCH a.reviewedBy"
                + " WHERE a.patient.id = :patient AND a.raisedAt >= :from AND a.raisedAt < :to"
                + " ORDER BY a.raisedAt, a.id")
@NamedQuery(name = RedFlagAlert.FIND_OPEN_FOR_CLINICIAN,
        query = "SELECT a FROM RedFlagAlert a JOIN FETCH a.patient p LEFT JOIN FETCH a.session"
                + " WHERE a.reviewedAt IS NULL AND EXISTS (SELECT c.id FROM Account q JOIN q.clinicians c"
                + " WHERE q = p AND c.id = :clinician) ORDER BY a.raisedAt DESC, a.id DESC")
@NamedQuery(name = RedFlagAlert.COUNT_OPEN_FOR_CLINICIAN,
        query = "SELECT COUNT(a) FROM RedFlagAlert a WHERE a.reviewedAt IS NULL AND EXISTS (SELECT c.id FROM Account q"
                + " JOIN q.clinicians c WHERE q = a.patient AND c.id = :clinician)")
@NamedQuery(name = RedFlagAlert.FIND_OPEN_RAISED_BEFORE,
        query = "SELECT a FROM RedFlagAlert a JOIN FETCH a.patient p LEFT JOIN FETCH a.session"
                + " WHERE a.reviewedAt IS NULL AND a.raisedAt <= :cutoff ORDER BY a.raisedAt, a.id")
@NamedQuery(name = RedFlagAlert.FIND_TO_ESCALATE,
        query = "SELECT a.id FROM RedFlagAlert a WHERE a.reviewedAt IS NULL AND a.escalatedAt IS NULL"
                + " AND a.raisedAt <= :cutoff ORDER BY a.raisedAt, a.id")
@NamedQuery(name = RedFlagAlert.MARK_ESCALATED,
        query = "UPDATE RedFlagAlert a SET a.escalatedAt = :now"
                + " WHERE a.id = :id AND a.escalatedAt IS NULL AND a.reviewedAt IS NULL")
@NamedQuery(name = RedFlagAlert.COUNT_OPEN_RAISED_BEFORE,
        query = "SELECT COUNT(a) FROM RedFlagAlert a WHERE a.reviewedAt IS NULL AND a.raisedAt <= :cutoff")
public class RedFlagAlert implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_PATIENT = "RedFlagAlert.findForPatient";
    /**
     * The open warning signs of a clinician's patients (by the clinician's id). By id rather than by username, so the
     * database starts from the few open signs and looks each patient up in the care team's key, instead of reading the
     * clinician's whole care team (1.8 ms against 0.07 ms for a clinician of 1,000 on PostgreSQL).
     */
    public static final String FIND_OPEN_FOR_CLINICIAN = "RedFlagAlert.findOpenForClinician";
    /** A patient's warning signs raised in a window (from inclusive, to exclusive), oldest first, with their review. */
    public static final String FIND_RAISED_BETWEEN = "RedFlagAlert.findRaisedBetween";
    /** How many {@link #FIND_OPEN_FOR_CLINICIAN} finds: the navigation's badge on every clinician's page. */
    public static final String COUNT_OPEN_FOR_CLINICIAN = "RedFlagAlert.countOpenForClinician";
    public static final String FIND_OPEN_RAISED_BEFORE = "RedFlagAlert.findOpenRaisedBefore";
    public static final String COUNT_OPEN_RAISED_BEFORE = "RedFlagAlert.countOpenRaisedBefore";
    /** Open alerts per patient: the patient's id and the count. */
    public static final String COUNT_OPEN_BY_PATIENT = "SELECT a.patient.id AS patient, COUNT(a) AS openAlerts"
            + " FROM RedFlagAlert a WHERE a.patient.id IN :patients"
            + " AND a.reviewedAt IS NULL GROUP BY a.patient.id";

    public static final int NOTE_MAX = 1000;
    /** Open warning signs past the limit that nobody has been emailed about yet. */
    public static final String FIND_TO_ESCALATE = "RedFlagAlert.findToEscalate";
    /** Marks one as escalated, if it still is open and not escalated: 1 for the one node that gets to escalate it. */
    public static final String MARK_ESCALATED = "RedFlagAlert.markEscalated";

    @Id
    @SequenceGenerator(name = "red_flag_alert_seq", sequenceName = "red_flag_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "red_flag_alert_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Account patient;

    /** The session the signs were ticked in, or null when the patient reported them on their own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_log_id", updatable = false)
    private SessionLog session;

    @Convert(converter = RedFlagsConverter.class)
    @Column(name = "red_flags", nullable = false, length = 200, updatable = false)
    private Set<RedFlag> redFlags;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    private OffsetDateTime reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_by")
    private Account reviewedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome", length = 30)
    private ReviewOutcome outcome;

    @Column(name = "review_note", length = NOTE_MAX)
    private String reviewNote;

    /** When the clinicians and administrators were emailed that it is overdue; set once, by a conditional update. */
    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    protected RedFlagAlert() {
    }

    private RedFlagAlert(Account patient, SessionLog session, Set<RedFlag> flags, OffsetDateTime now) {
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("A warning sign needs at least one sign");
        }
        this.patient = Objects.requireNonNull(patient);
        this.session = session;
        this.redFlags = EnumSet.copyOf(flags);
        this.raisedAt = Objects.requireNonNull(now);
    }

    /** Signs the patient reported on their own, without a session. */
    public static RedFlagAlert reported(Account patient, Set<RedFlag> flags, OffsetDateTime now) {
        return new RedFlagAlert(patient, null, flags, now);
    }

    /** Signs ticked in a session: those of a new session, or those newly ticked while correcting one. */
    public static RedFlagAlert ticked(SessionLog session, Set<RedFlag> flags, OffsetDateTime now) {
        return new RedFlagAlert(session.getPatient(), session, flags, now);
    }

    /**
     * Records the review. A warning sign is reviewed once: the first review stands.
     *
     * @return false when it had already been reviewed (by someone else, a moment before)
     */
    public boolean review(Account clinician, ReviewOutcome outcome, String note, OffsetDateTime now) {
        if (isReviewed()) {
            return false;
        }
        this.reviewedAt = Objects.requireNonNull(now);
        this.reviewedBy = Objects.requireNonNull(clinician);
        this.outcome = Objects.requireNonNull(outcome);
        this.reviewNote = note == null || note.isBlank() ? null : note.strip();
        return true;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    /** Not reviewed within {@code limit} of being raised. */
    public boolean isOverdueAt(OffsetDateTime now, Duration limit) {
        return !isReviewed() && !raisedAt.plus(limit).isAfter(now);
    }

    /** The strongest urgency among the signs: what the patient was told to do. */
    public Urgency getUrgency() {
        return Urgency.of(redFlags).orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public SessionLog getSession() {
        return session;
    }

    public Set<RedFlag> getRedFlags() {
        return redFlags == null || redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public Account getReviewedBy() {
        return reviewedBy;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }
}
