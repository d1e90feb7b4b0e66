package clinic.portal.domain.outcome;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * When a patient is asked one questionnaire: first on a day a clinician chose, then every 2 or 4 weeks, or only
 * once. A patient has at most one schedule per questionnaire; a clinician changes it or stops it. A questionnaire is
 * due from each of its days until the patient answers it, and an answer covers the latest day due.
 */
@Entity
@Table(name = "outcome_schedule")
@NamedQuery(name = OutcomeSchedule.FIND_FOR_PATIENT,
        query = "SELECT s FROM OutcomeSchedule s WHERE s.patient.id = :patient ORDER BY s.questionnaire")
@NamedQuery(name = OutcomeSchedule.FIND_ONE,
        query = "SELECT s FROM OutcomeSchedule s WHERE s.patient.id = :patient AND s.questionnaire = :questionnaire")
public class OutcomeSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_FOR_PATIENT = "OutcomeSchedule.findForPatient";
    public static final String FIND_ONE = "OutcomeSchedule.findOne";

    /** How often a questionnaire may repeat, in weeks (null: once). */
    public static final Set<Integer> EVERY_WEEKS = Set.of(2, 4);

    @Id
    @SequenceGenerator(name = "outcome_schedule_seq", sequenceName = "outcome_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_schedule_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Account patient;

    @Enumerated(EnumType.STRING)
    @Column(name = "questionnaire", nullable = false, length = 20, updatable = false)
    private Questionnaire questionnaire;

    @Column(name = "first_due", nullable = false)
    private LocalDate firstDue;

    /** Repeats every so many weeks; null: asked once. */
    @Column(name = "every_weeks")
    private Integer everyWeeks;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_by_id", nullable = false)
    private Account setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutcomeSchedule() {
        // for JPA
    }

    /** A clinician of the patient's asks them the questionnaire from the day given, then every so many weeks. */
    public static OutcomeSchedule ask(Account patient, Questionnaire questionnaire, LocalDate firstDue,
                                      Integer everyWeeks, Account clinician, OffsetDateTime now) {
        if (patient.getRole() != Role.PATIENT || !patient.getClinicians().contains(clinician)) {
            throw new IllegalArgumentException("Only a patient's own clinician asks them a questionnaire");
        }
        OutcomeSchedule schedule = new OutcomeSchedule();
        schedule.patient = patient;
        schedule.questionnaire = Objects.requireNonNull(questionnaire);
        schedule.change(firstDue, everyWeeks, clinician, now);
        return schedule;
    }

    /** Moves the first day or the repetition. */
    public void change(LocalDate firstDue, Integer everyWeeks, Account clinician, OffsetDateTime now) {
        if (everyWeeks != null && !EVERY_WEEKS.contains(everyWeeks)) {
            throw new IllegalArgumentException("A questionnaire repeats every " + EVERY_WEEKS + " weeks or not at all");
        }
        this.firstDue = Objects.requireNonNull(firstDue);
        this.everyWeeks = everyWeeks;
        this.setBy = Objects.requireNonNull(clinician);
        this.setAt = Objects.requireNonNull(now);
    }

    /** The latest day the questionnaire fell due on or before the day given; null before its first day. */
    public LocalDate lastDueOn(LocalDate day) {
        if (day.isBefore(firstDue)) {
            return null;
        }
        if (everyWeeks == null) {
            return firstDue;
        }
        long periods = ChronoUnit.DAYS.between(firstDue, day) / (7L * everyWeeks);
        return firstDue.plusWeeks(periods * everyWeeks);
    }

    /** Whether the patient has it to answer on the day given, having last answered it on that day (or never: null). */
    public boolean isDueOn(LocalDate day, LocalDate lastAnswered) {
        LocalDate due = lastDueOn(day);
        return due != null && (lastAnswered == null || lastAnswered.isBefore(due));
    }

    /** The next day it falls due after the day given; null when it was asked once and that day is past. */
    public LocalDate nextDueAfter(LocalDate day) {
        LocalDate last = lastDueOn(day);
        if (last == null) {
            return firstDue;
        }
        return everyWeeks == null ? null : last.plusWeeks(everyWeeks);
    }

    public Long getId() {
        return id;
    }

    public Account getPatient() {
        return patient;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public Account getSetBy() {
        return setBy;
    }

    public OffsetDateTime getSetAt() {
        return setAt;
    }
}
