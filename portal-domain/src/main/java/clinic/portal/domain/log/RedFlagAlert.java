package clinic.portal.domain.log;

import clinic.portal.domain.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A red-flag symptom a patient reported, waiting for one of their clinicians to review it. Acknowledging it
 * records who reviewed it and when; it is never deleted.
 */
@Entity
@Table(name = "red_flag_alert")
@NamedQuery(name = RedFlagAlert.FIND_OPEN_FOR_PATIENT,
        query = "SELECT a FROM RedFlagAlert a WHERE a.patient.id = :patient AND a.acknowledgedAt IS NULL ORDER BY a.raisedAt DESC")
@NamedQuery(name = RedFlagAlert.COUNT_OPEN_BY_PATIENT,
        query = "SELECT a.patient.id, COUNT(a) FROM RedFlagAlert a WHERE a.patient.id IN :patients"
                + " AND a.acknowledgedAt IS NULL GROUP BY a.patient.id")
public class RedFlagAlert {

    public static final String FIND_OPEN_FOR_PATIENT = "RedFlagAlert.findOpenForPatient";
    public static final String COUNT_OPEN_BY_PATIENT = "RedFlagAlert.countOpenByPatient";

    @Id
    @SequenceGenerator(name = "red_flag_alert_seq", sequenceName = "red_flag_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "red_flag_alert_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Account patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_log_id", nullable = false)
    private SessionLog session;

    @Convert(converter = RedFlagsConverter.class)
    @Column(name = "red_flags", nullable = false, length = 200)
    private Set<RedFlag> redFlags;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_by")
    private Account acknowledgedBy;

    protected RedFlagAlert() {
    }

    public RedFlagAlert(SessionLog session, OffsetDateTime now) {
        this.patient = session.getPatient();
        this.session = session;
        this.redFlags = session.getRedFlags();
        this.raisedAt = now;
    }

    public void acknowledge(Account clinician, OffsetDateTime now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = clinician;
        }
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
        return redFlags == null ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    }

    public OffsetDateTime getRaisedAt() {
        return raisedAt;
    }

    public OffsetDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
