package clinic.portal.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a patient's review found, kept so that a clinician's list can be sorted and paged by urgency in the database
 * (the flags themselves come from the rules in {@link Review}, computed in Java over the patient's programme).
 * <p>
 * A row is up to date when it was computed on today's date and is not pending: each change to the patient's
 * sessions, programme or questionnaires counts one more {@code edits} and makes it pending, and a review is stored (no
 * longer pending) only if the count it read before computing is still the count (so a change that commits while a
 * review is computed leaves the row pending, never a stale one that looks fresh). Open warning signs are not kept
 * here at all: the
 * list reads them live, so that one can never wait for a review to be computed.
 */
@Entity
@Table(name = "patient_review")
@NamedQuery(name = PatientReview.CHANGED,
        query = "UPDATE PatientReview r SET r.edits = r.edits + 1, r.pending = TRUE WHERE r.patientId = :patient")
@NamedQuery(name = PatientReview.RECORD,
        query = "UPDATE PatientReview r SET r.pending = FALSE, r.reviewedFor = :day, r.flags = :flags"
                + " WHERE r.patientId = :patient AND r.edits = :edits")
@NamedQuery(name = PatientReview.FIND_STALE,
        query = "SELECT p.id, r.patientId, r.edits FROM Account p LEFT JOIN PatientReview r ON r.patientId = p.id"
                + " WHERE p.role = clinic.portal.domain.account.Role.PATIENT AND p.id > :after"
                + " AND (r.patientId IS NULL OR r.pending = TRUE OR r.reviewedFor IS NULL OR r.reviewedFor <> :day)"
                + " ORDER BY p.id")
public class PatientReview implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String CHANGED = "PatientReview.changed";
    public static final String RECORD = "PatientReview.record";
    /**
     * The patients whose review is missing or stale, as (patient id, the review's patient id or null when there is no
     * row yet, its edits): an outer-joined primitive reads as 0, not null, so the row's own id tells whether it is there.
     */
    public static final String FIND_STALE = "PatientReview.findStale";

    /**
     * {@link #FIND_STALE} for one clinician's patients (by id), in native SQL over indexes, so that a list, which reads
     * it every time, reads only what is stale however many patients the clinician has: care-team rows with no urgency
     * yet (a review never stored for them, or a patient newly in the clinician's care; {@code ix_care_team_list}), and
     * reviews pending a change ({@code ix_patient_review_pending}) or of another day ({@code ix_patient_review_day}).
     */
    public static final String FIND_STALE_OF_CLINICIAN_SQL = "SELECT t.patient_id, r.patient_id, r.edits"
            + " FROM care_team t LEFT JOIN patient_review r ON r.patient_id = t.patient_id"
            + " WHERE t.clinician_id = ?1 AND t.urgency IS NULL"
            + " UNION SELECT t.patient_id, r.patient_id, r.edits"
            + " FROM patient_review r JOIN care_team t ON t.patient_id = r.patient_id AND t.clinician_id = ?2"
            + " WHERE r.pending = TRUE OR r.reviewed_for IS NULL OR r.reviewed_for < ?3 OR r.reviewed_for > ?4";

    /**
     * Copies a patient's stored urgency and their name to their rows of the care team, where each clinician's list
     * reads them in its order over an index.
     */
    public static final String TO_CARE_TEAM_SQL = "UPDATE care_team SET urgency = ?1,"
            + " sort_name = (SELECT a.display_name FROM account a WHERE a.id = ?2) WHERE patient_id = ?3";

    /** The urgency of a patient with nothing to review: after every flag. */
    public static final int NOTHING_TO_REVIEW = ReviewFlag.values().length;

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Column(name = "edits", nullable = false)
    private long edits;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Column(name = "reviewed_for")
    private LocalDate reviewedFor;

    @Column(name = "flags", nullable = false)
    private int flags;

    protected PatientReview() {
    }

    /** The first review of a patient who had none, computed on {@code day}. */
    public static PatientReview first(long patientId, LocalDate day, Set<ReviewFlag> flags) {
        PatientReview review = new PatientReview();
        review.patientId = patientId;
        review.reviewedFor = day;
        review.flags = stored(flags);
        return review;
    }

    /**
     * The flags as stored: a bit per flag by its position in {@link ReviewFlag}, without {@link ReviewFlag#RED_FLAG}
     * (read live).
     */
    public static int stored(Set<ReviewFlag> flags) {
        int bits = 0;
        for (ReviewFlag flag : flags) {
            if (flag != ReviewFlag.RED_FLAG) {
                bits |= 1 << flag.ordinal();
            }
        }
        return bits;
    }

    /**
     * The urgency the list sorts by, lowest first: the position of the most urgent stored flag (kept on the care
     * team's rows, where the list reads it in order).
     */
    public static int urgency(Set<ReviewFlag> flags) {
        return flags.stream().filter(f -> f != ReviewFlag.RED_FLAG).mapToInt(Enum::ordinal).min()
                .orElse(NOTHING_TO_REVIEW);
    }

    /** The flags stored as bits, with a red flag when the patient has an open warning sign. */
    public static Set<ReviewFlag> flags(int bits, boolean openWarningSign) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        for (ReviewFlag flag : ReviewFlag.values()) {
            if ((bits & 1 << flag.ordinal()) != 0) {
                flags.add(flag);
            }
        }
        if (openWarningSign) {
            flags.add(ReviewFlag.RED_FLAG);
        }
        return flags;
    }

    public Long getPatientId() {
        return patientId;
    }

    public Set<ReviewFlag> getFlags() {
        return flags(flags, false);
    }

    public LocalDate getReviewedFor() {
        return reviewedFor;
    }
}
