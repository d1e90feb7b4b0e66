package clinic.portal.domain.log;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.language.Localized;
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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One session a patient did: a walk, a stretch, a swim, or an unplanned activity. {@code localDay} is the
 * patient's calendar day in the clinic's time zone, fixed when the session is recorded, so daily sums and
 * adherence group by an indexed column instead of converting times in every query.
 */
@Entity
@Table(name = "session_log")
@NamedQuery(name = SessionLog.FIND_BY_KEY,
        query = "SELECT s FROM SessionLog s WHERE s.patient.id = :patient AND s.idempotencyKey = :key")
@NamedQuery(name = SessionLog.FIND_IN_RANGE,
        query = "SELECT s FROM SessionLog s LEFT JOIN FETCH s.exercise WHERE s.patient.id = :patient"
                + " AND s.localDay BETWEEN :from AND :to AND s.deletedAt IS NULL ORDER BY s.performedAt DESC, s.id DESC")
@NamedQuery(name = SessionLog.FIND_ALL_OF,
        query = "SELECT s FROM SessionLog s LEFT JOIN FETCH s.exercise WHERE s.patient.id = :patient"
                + " AND s.deletedAt IS NULL ORDER BY s.performedAt, s.id")
@NamedQuery(name = SessionLog.DAILY_TOTALS,
        query = "SELECT NEW clinic.portal.domain.adherence.DailyTotal(s.localDay, e.id, COUNT(s), SUM(s.minutes))"
                + " FROM SessionLog s LEFT JOIN s.exercise e WHERE s.patient.id = :patient"
                + " AND s.localDay BETWEEN :from AND :to AND s.deletedAt IS NULL GROUP BY s.localDay, e.id")
@NamedQuery(name = SessionLog.DAILY_PAIN,
        query = "SELECT s.localDay, AVG(s.painBefore), AVG(s.painAfter) FROM SessionLog s WHERE s.patient.id = :patient"
                + " AND s.localDay BETWEEN :from AND :to AND s.deletedAt IS NULL GROUP BY s.localDay ORDER BY s.localDay")
@NamedQuery(name = SessionLog.COUNT_DATA_DAYS,
        query = "SELECT COUNT(DISTINCT s.localDay) FROM SessionLog s WHERE s.patient.id = :patient"
                + " AND s.localDay BETWEEN :from AND :to AND s.deletedAt IS NULL")
public class SessionLog implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_KEY = "SessionLog.findByKey";
    public static final String FIND_IN_RANGE = "SessionLog.findInRange";
    public static final String FIND_ALL_OF = "SessionLog.findAllOf";
    public static final String DAILY_TOTALS = "SessionLog.dailyTotals";
    public static final String DAILY_PAIN = "SessionLog.dailyPain";
    public static final String COUNT_DATA_DAYS = "SessionLog.countDataDays";
    /**
     * The review's aggregate per patient, day and exercise. A query string rather than a named query: EclipseLink 4.0
     * answered it with {@code Object[]} even when asked for {@code Tuple}, so its reader keeps the column order in one
     * place ({@code ReviewService.Row}).
     */
    public static final String DAILY_REVIEW_TOTALS = "SELECT s.patient.id AS patient, s.localDay AS day, e.id AS exercise,"
            + " COUNT(s) AS sessions,"
            + " SUM(s.minutes) AS minutes, MAX(s.painBefore) AS maxBefore, MAX(s.painAfter) AS maxAfter,"
            + " SUM(s.painBefore) AS sumBefore, COUNT(s.painBefore) AS ratedBefore,"
            + " SUM(s.painAfter) AS sumAfter, COUNT(s.painAfter) AS ratedAfter,"
            + " SUM(CASE WHEN s.painAfter - s.painBefore >= 2 THEN 1 ELSE 0 END) AS flares"
            + " FROM SessionLog s LEFT JOIN s.exercise e WHERE s.patient.id IN :patients"
            + " AND s.localDay BETWEEN :from AND :to AND s.deletedAt IS NULL GROUP BY s.patient.id, s.localDay, e.id";
    public static final int KEY_MAX = 100;

    @Id
    @SequenceGenerator(name = "session_log_seq", sequenceName = "session_log_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_log_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Account patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exercise_id")
    private Exercise exercise;

    @Column(name = "activity", length = SessionEntry.ACTIVITY_MAX)
    private String activity;

    @Column(name = "performed_at", nullable = false)
    private OffsetDateTime performedAt;

    @Column(name = "local_day", nullable = false)
    private LocalDate localDay;

    @Column(name = "minutes")
    private Integer minutes;

    /** Sets done, for an exercise dosed in sets and repetitions (minutes are optional then). */
    @Column(name = "sets")
    private Integer sets;

    @Column(name = "steps")
    private Integer steps;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(name = "effort")
    private Integer effort;

    @Column(name = "note", length = SessionEntry.NOTE_MAX)
    private String note;

    @Convert(converter = RedFlagsConverter.class)
    @Column(name = "red_flags", length = 200)
    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by")
    private Account deletedBy;

    @Column(name = "idempotency_key", length = KEY_MAX, updatable = false)
    private String idempotencyKey;

    @Column(name = "fingerprint", length = 2000)
    private String fingerprint;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SessionLog() {
    }

    /**
     * Records a validated entry.
     *
     * @param exercise the library exercise, or null for an unplanned activity named in the entry
     * @param localDay the patient's calendar day of {@code entry.performedAt}
     * @param key      the client's idempotency key, or null
     */
    public static SessionLog record(Account patient, Exercise exercise, SessionEntry entry, LocalDate localDay,
                                    OffsetDateTime now, String key) {
        SessionLog log = new SessionLog();
        log.patient = Objects.requireNonNull(patient);
        log.recordedAt = now;
        log.idempotencyKey = key;
        log.apply(exercise, entry, localDay);
        return log;
    }

    /** Replaces what was recorded with a corrected entry. */
    public void correct(Exercise exercise, SessionEntry entry, LocalDate localDay, OffsetDateTime now) {
        if (isDeleted()) {
            throw new IllegalStateException("A deleted session cannot be changed");
        }
        apply(exercise, entry, localDay);
        updatedAt = now;
    }

    /** Marks the session deleted, keeping it and saying who deleted it and when. */
    public void delete(Account by, OffsetDateTime now) {
        if (!isDeleted()) {
            deletedAt = now;
            deletedBy = by;
        }
    }

    private void apply(Exercise exercise, SessionEntry entry, LocalDate localDay) {
        this.exercise = exercise;
        this.activity = exercise == null ? entry.getActivity() : null;
        this.performedAt = entry.getPerformedAt();
        this.localDay = localDay;
        this.minutes = entry.getMinutes();
        this.sets = entry.getSets();
        this.steps = entry.getSteps();
        this.painBefore = entry.getPainBefore();
        this.painAfter = entry.getPainAfter();
        this.effort = entry.getEffort();
        this.note = entry.getNote();
        this.redFlags = entry.getRedFlags().isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(entry.getRedFlags());
        this.fingerprint = entry.fingerprint();
    }

    /** Whether an identical request recorded this session (same key and same content). */
    public boolean sameAs(SessionEntry entry) {
        return Objects.equals(fingerprint, entry.fingerprint());
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean hasRedFlag() {
        return !redFlags.isEmpty();
    }

    /** The entry that would record this session again, for a form that corrects it. */
    public SessionEntry toEntry() {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(exercise == null ? null : exercise.getId());
        entry.setActivity(activity);
        entry.setPerformedAt(performedAt);
        entry.setMinutes(minutes);
        entry.setSets(sets);
        entry.setSteps(steps);
        entry.setPainBefore(painBefore);
        entry.setPainAfter(painAfter);
        entry.setEffort(effort);
        entry.setNote(note);
        entry.setRedFlags(redFlags);
        return entry;
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public Exercise getExercise() {
        return exercise;
    }

    /** What was done, in words: the exercise's name or the patient's own words for an unplanned activity. */
    /** What was done: the exercise's name in each language it has, or the activity as the patient wrote it. */
    public Localized getWhat() {
        return exercise != null ? exercise.localizedName() : Localized.as(activity);
    }

    public String getActivity() {
        return activity;
    }

    public OffsetDateTime getPerformedAt() {
        return performedAt;
    }

    public LocalDate getLocalDay() {
        return localDay;
    }

    /** Minutes, or null when only sets were recorded. */
    public Integer getMinutes() {
        return minutes;
    }

    /** Sets done, or null when the session was recorded in minutes. */
    public Integer getSets() {
        return sets;
    }

    public Integer getSteps() {
        return steps;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public Integer getEffort() {
        return effort;
    }

    public String getNote() {
        return note;
    }

    public Set<RedFlag> getRedFlags() {
        return EnumSet.copyOf(redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : redFlags);
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getDeletedAt() {
        return deletedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public long getVersion() {
        return version;
    }
}
