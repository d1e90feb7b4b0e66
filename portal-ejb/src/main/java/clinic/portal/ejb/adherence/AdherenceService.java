package clinic.portal.ejb.adherence;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.adherence.DailyTotal;
import clinic.portal.domain.adherence.ScheduledDose;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.time.DayRange;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.programme.ProgrammeGraph;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Adherence and progress, computed from SQL aggregates (sessions are summed per day and exercise by the
 * database, never loaded one by one) and the programme schedule, for the patient and their clinicians.
 */
@Stateless
@RolesAllowed({PATIENT, CLINICIAN})
public class AdherenceService {

    private static final int DATA_DAYS_WINDOW = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    /** The caller's own adherence over a window (inclusive). */
    @RolesAllowed(PATIENT)
    public AdherenceReport myReport(@NotNull LocalDate from, @NotNull LocalDate to) {
        return report(careTeam.myId(), from, to);
    }

    /** Adherence over a window (inclusive), the series of its days, and the data days of the last 30. */
    public AdherenceReport report(long patientId, @NotNull LocalDate from, @NotNull LocalDate to) {
        careTeam.requireVisiblePatient(patientId);
        DayRange.problem(from, to).ifPresent(key -> {
            throw new RuleViolation(key, "to", DayRange.MAX_DAYS);
        });
        List<ScheduledDose> schedule = schedule(patientId, from, to);
        List<DailyTotal> totals = totals(patientId, from, to);
        Adherence.Summary summary = Adherence.over(from, to, schedule, totals);
        return new AdherenceReport(summary, dataDaysLast30(patientId), series(patientId, from, to, schedule, totals));
    }

    /**
     * Adherence over the last 7 and the last 30 days, from one load of the schedule and one aggregate of the sessions
     * (the overview of a patient's record, which shows no day-by-day series).
     */
    public RecentAdherence recent(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        LocalDate from = today.minusDays(DATA_DAYS_WINDOW - 1L);
        List<ScheduledDose> schedule = schedule(patientId, from, today);
        List<DailyTotal> totals = totals(patientId, from, today);
        return new RecentAdherence(Adherence.over(today.minusDays(6), today, schedule, totals),
                Adherence.over(from, today, schedule, totals));
    }

    /**
     * The last 30 days one by one, today included (the charts and their table): from one load of the schedule, one
     * aggregate of the sessions and one of the pain ratings.
     */
    public List<DayOfProgress> lastThirtyDays(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        LocalDate from = today.minusDays(DATA_DAYS_WINDOW - 1L);
        List<ScheduledDose> schedule = schedule(patientId, from, today);
        return series(patientId, from, today, schedule, totals(patientId, from, today));
    }

    /** How far the patient is today with each prescription (this week, for weekly ones). */
    public List<Adherence.Progress> today(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        return Adherence.on(today, schedule(patientId, today, today), totals(patientId, monday, today));
    }

    /**
     * The patient's week, Monday to Sunday, as their today page shows it: how far they are today with each
     * prescription (this week for weekly ones) and each day's minutes, from one load of the week's schedule and one
     * aggregate of its sessions (the page made two of each, and counted data days and pain it did not show).
     */
    public ThisWeek thisWeek(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<ScheduledDose> schedule = schedule(patientId, monday, sunday);
        List<DailyTotal> totals = totals(patientId, monday, sunday);
        return new ThisWeek(Adherence.on(today, schedule, totals), series(monday, sunday, schedule, totals, Map.of()));
    }

    /** The caller's own progress today. */
    @RolesAllowed(PATIENT)
    public List<Adherence.Progress> myToday() {
        return today(careTeam.me().getId());
    }

    /** Days with at least one session among the last 30, today included. */
    public int dataDaysLast30(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        return Math.toIntExact(em.createNamedQuery(SessionLog.COUNT_DATA_DAYS, Long.class)
                .setParameter("patient", patientId)
                .setParameter("from", today.minusDays(DATA_DAYS_WINDOW - 1L))
                .setParameter("to", today)
                .getSingleResult());
    }

    private List<ScheduledDose> schedule(long patientId, LocalDate from, LocalDate to) {
        TypedQuery<Programme> query = em.createNamedQuery(Programme.FIND_OVERLAPPING, Programme.class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .setParameter("to", to);
        List<ScheduledDose> schedule = new ArrayList<>();
        ProgrammeGraph.batched(query).getResultList().forEach(p -> schedule.addAll(p.schedule(from, to)));
        return schedule;
    }

    private List<DailyTotal> totals(long patientId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(SessionLog.DAILY_TOTALS, DailyTotal.class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private List<DayOfProgress> series(long patientId, LocalDate from, LocalDate to, List<ScheduledDose> schedule,
                                       List<DailyTotal> totals) {
        Map<LocalDate, Object[]> pain = new HashMap<>();
        em.createNamedQuery(SessionLog.DAILY_PAIN, Object[].class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> pain.put((LocalDate) row[0], row));
        return series(from, to, schedule, totals, pain);
    }

    /** Each day of the window: minutes and sessions done and prescribed, and the pain of the day where given. */
    private static List<DayOfProgress> series(LocalDate from, LocalDate to, List<ScheduledDose> schedule,
                                              List<DailyTotal> totals, Map<LocalDate, Object[]> pain) {
        Map<LocalDate, long[]> done = new HashMap<>();
        totals.forEach(t -> done.merge(t.day(), new long[]{t.sessions(), t.minutes()},
                (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]}));
        List<DayOfProgress> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            double prescribed = schedule.stream().filter(s -> s.appliesOn(d) && s.dose().isTimed())
                    .mapToDouble(s -> s.dose().getFrequency() == Frequency.PER_DAY ? s.dose().minutesPerDay()
                            : s.dose().getCount() * s.dose().getMinutes() / 7.0)
                    .sum();
            long[] did = done.getOrDefault(day, new long[2]);
            Object[] p = pain.get(day);
            days.add(new DayOfProgress(day, did[1], prescribed, did[0],
                    p == null ? null : number(p[1]), p == null ? null : number(p[2]),
                    schedule.stream().anyMatch(s -> s.appliesOn(d))));
        }
        return days;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
