package clinic.portal.domain.programme;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.adherence.ScheduledDose;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exercise programme one clinician assigned to one patient, from a start date until it ends (the day a
 * newer programme starts). Its content lives in revisions; changing it adds a revision effective from a date
 * that is not in the past, so every past day keeps what was prescribed then.
 */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.FIND_BY_PATIENT,
        query = "SELECT p FROM Programme p WHERE p.patient.id = :patient ORDER BY p.startDate DESC, p.id DESC")
@NamedQuery(name = Programme.FIND_PAST_SPANS,
        query = "SELECT p.startDate, p.endsOn FROM Programme p WHERE p.patient.id = :patient AND p.endsOn <= :day"
                + " AND p.startDate < p.endsOn ORDER BY p.startDate DESC, p.id DESC")
@NamedQuery(name = Programme.FIND_ON_DAY,
        query = "SELECT p FROM Programme p WHERE p.patient.id = :patient AND p.startDate <= :day"
                + " AND (p.endsOn IS NULL OR p.endsOn > :day)")
@NamedQuery(name = Programme.FIND_CURRENT_OR_NEXT,
        query = "SELECT p FROM Programme p WHERE p.patient.id = :patient AND (p.endsOn IS NULL OR p.endsOn > :day)"
                + " AND (p.endsOn IS NULL OR p.startDate <> p.endsOn) ORDER BY p.startDate")
@NamedQuery(name = Programme.FIND_CURRENT_OR_NEXT_START,
        query = "SELECT p.startDate FROM Programme p WHERE p.patient.id = :patient AND (p.endsOn IS NULL OR p.endsOn > :day)"
                + " AND (p.endsOn IS NULL OR p.startDate <> p.endsOn) ORDER BY p.startDate")
@NamedQuery(name = Programme.FIND_OVERLAPPING,
        query = "SELECT p FROM Programme p WHERE p.patient.id = :patient AND p.startDate <= :to"
                + " AND (p.endsOn IS NULL OR p.endsOn > :from)")
@NamedQuery(name = Programme.FIND_OVERLAPPING_FOR_PATIENTS,
        query = "SELECT p FROM Programme p WHERE p.patient.id IN :patients AND p.startDate <= :to"
                + " AND (p.endsOn IS NULL OR p.endsOn > :from)")
@NamedQuery(name = Programme.FIND_CURRENT_FOR_PATIENTS,
        query = "SELECT p.patient.id, MIN(p.startDate) FROM Programme p WHERE p.patient.id IN :patients"
                + " AND p.startDate <= :day AND (p.endsOn IS NULL OR p.endsOn > :day) GROUP BY p.patient.id")
public class Programme implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_PATIENT = "Programme.findByPatient";
    /** The first day and the end (exclusive) of each programme over by {@code :day} ({@link #isPastOn}), newest first. */
    public static final String FIND_PAST_SPANS = "Programme.findPastSpans";
    public static final String FIND_ON_DAY = "Programme.findOnDay";
    public static final String FIND_CURRENT_OR_NEXT = "Programme.findCurrentOrNext";
    /** The first day of the programme {@link #FIND_CURRENT_OR_NEXT} finds, without loading it. */
    public static final String FIND_CURRENT_OR_NEXT_START = "Programme.findCurrentOrNextStart";
    public static final String FIND_OVERLAPPING = "Programme.findOverlapping";
    public static final String FIND_CURRENT_FOR_PATIENTS = "Programme.findCurrentForPatients";
    public static final String FIND_OVERLAPPING_FOR_PATIENTS = "Programme.findOverlappingForPatients";
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    /** Lazy, and batch-fetched with the programme graph ({@code ProgrammeGraph}) where lists of programmes are read. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false)
    private Account patient;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "clinician_id", nullable = false)
    private Account clinician;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ProgrammeRevision> revisions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Programme() {
    }

    /**
     * A new programme for a patient, starting on a date, with the plan as its first revision.
     *
     * @throws IllegalArgumentException when the accounts do not have the roles the words say
     */
    public static Programme assign(Account patient, Account clinician, LocalDate startDate, String note, Plan plan,
                                   OffsetDateTime now) {
        if (patient.getRole() != Role.PATIENT || clinician.getRole() != Role.CLINICIAN) {
            throw new IllegalArgumentException("A programme is assigned by a clinician to a patient");
        }
        Programme programme = new Programme();
        programme.patient = patient;
        programme.clinician = clinician;
        programme.startDate = Objects.requireNonNull(startDate);
        programme.note = note == null || note.isBlank() ? null : note.strip();
        programme.createdAt = now;
        programme.revisions.add(new ProgrammeRevision(programme, 1, plan, startDate, clinician, now));
        return programme;
    }

    /**
     * Changes the programme from a date on; days before it keep what the earlier revision prescribed.
     *
     * @throws IllegalArgumentException when the date is before today, before the programme starts, or before the
     *                                  latest revision takes effect
     */
    public ProgrammeRevision revise(Plan plan, LocalDate effectiveFrom, String note, Account author, LocalDate today,
                                    OffsetDateTime now) {
        ProgrammeRevision latest = latestRevision();
        if (effectiveFrom.isBefore(today) || effectiveFrom.isBefore(startDate)
                || effectiveFrom.isBefore(latest.getEffectiveFrom())) {
            throw new IllegalArgumentException("A change cannot take effect in the past: " + effectiveFrom);
        }
        if (endsOn != null && !effectiveFrom.isBefore(endsOn)) {
            throw new IllegalArgumentException("The programme has ended");
        }
        revisions.forEach(r -> r.supersedeFrom(effectiveFrom));
        ProgrammeRevision revision = new ProgrammeRevision(this, latest.getNumber() + 1, plan, effectiveFrom, author, now);
        revisions.add(revision);
        if (note != null) {
            this.note = note.isBlank() ? null : note.strip();
        }
        return revision;
    }

    /** Ends the programme: from this date on it prescribes nothing. */
    public void endOn(LocalDate date) {
        LocalDate end = date.isBefore(startDate) ? startDate : date;
        if (endsOn == null || end.isBefore(endsOn)) {
            endsOn = end;
        }
    }

    /** A programme that ran for at least a day and is over by {@code today}: the patient page's "past programmes". */
    public boolean isPastOn(LocalDate today) {
        return endsOn != null && !endsOn.isAfter(today) && startDate.isBefore(endsOn);
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && (endsOn == null || day.isBefore(endsOn));
    }

    public Optional<ProgrammeRevision> revisionOn(LocalDate day) {
        if (!isActiveOn(day)) {
            return Optional.empty();
        }
        return revisions.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    /** The phase that applies on a day, under the revision that applies on that day. */
    public Optional<PlanPhase> phaseOn(LocalDate day) {
        return revisionOn(day).flatMap(r -> r.getPlan().phaseOn(ChronoUnit.DAYS.between(startDate, day)));
    }

    /** What was (or will be) prescribed on a day: empty outside the programme or after its last phase. */
    public List<Prescription> prescribedOn(LocalDate day) {
        return phaseOn(day).map(PlanPhase::getPrescriptions).orElse(List.of());
    }

    /**
     * Every dose this programme prescribes between two days, each with the days it applies: per revision (for
     * the days it was in force) and per phase. Adherence is computed against this.
     *
     * @param to the last day (inclusive)
     */
    public List<ScheduledDose> schedule(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        List<ScheduledDose> doses = new ArrayList<>();
        for (ProgrammeRevision revision : revisions) {
            LocalDate revisionFrom = latest(revision.getEffectiveFrom(), startDate, from);
            LocalDate revisionUntil = earliest(revision.getEffectiveUntil(), endsOn, end);
            for (PlanPhase phase : revision.getPlan().getPhases()) {
                LocalDate phaseFrom = latest(startOf(phase), revisionFrom, revisionFrom);
                LocalDate phaseUntil = earliest(phase.getLengthDays() == null ? null
                        : startOf(phase).plusDays(phase.getLengthDays()), revisionUntil, revisionUntil);
                if (phaseFrom.isBefore(phaseUntil)) {
                    phase.getPrescriptions().forEach(p -> doses.add(new ScheduledDose(p.getExercise().getId(),
                            p.getExercise().localizedName(), p.getDose(), phaseFrom, phaseUntil)));
                }
            }
        }
        return doses;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = c;
        if (a != null && a.isBefore(min)) {
            min = a;
        }
        if (b != null && b.isBefore(min)) {
            min = b;
        }
        return min;
    }

    /** The first day of a phase of a revision's plan. */
    public LocalDate startOf(PlanPhase phase) {
        return startDate.plusDays(phase.getOffsetDays());
    }

    public ProgrammeRevision latestRevision() {
        return revisions.get(revisions.size() - 1);
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public Account getClinician() {
        return clinician;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ProgrammeRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public long getVersion() {
        return version;
    }
}
