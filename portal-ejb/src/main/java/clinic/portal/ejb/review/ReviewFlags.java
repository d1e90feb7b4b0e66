package clinic.portal.ejb.review;

import clinic.portal.domain.adherence.Adherence;
import clinic.portal.domain.adherence.DailyTotal;
import clinic.portal.domain.adherence.ScheduledDose;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.outcome.Band;
import clinic.portal.domain.outcome.OutcomeResponse;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.outcome.Score;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.review.DayLog;
import clinic.portal.domain.review.Review;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.programme.ProgrammeGraph;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the review flags of the patients given, in the same few queries however many they are. No ownership
 * check of its own, so not a boundary: {@link ReviewService} checks that the patients are the caller's first, and
 * {@link MorningDigests} asks for a clinician's own patients, read from the care team.
 */
@Dependent
class ReviewFlags {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    /** The flags of each patient given (distinct ids), in the order given (an empty set: nothing to review). */
    Map<Long, Set<ReviewFlag>> of(List<Long> ids) {
        Map<Long, Set<ReviewFlag>> flags = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return flags;
        }
        LocalDate today = calendar.today();
        LocalDate weekFrom = Review.adherenceFrom(today);
        Map<Long, LocalDate> since = new HashMap<>();
        Map<Long, List<ScheduledDose>> schedules = new HashMap<>();
        List<Long> baselineOf = new ArrayList<>();
        ProgrammeGraph.batched(em.createNamedQuery(Programme.FIND_OVERLAPPING_FOR_PATIENTS, Programme.class)
                        .setParameter("patients", ids)
                        .setParameter("from", weekFrom)
                        .setParameter("to", today))
                .getResultList()
                .forEach(p -> {
                    long patient = p.getPatient().getId();
                    if (p.isActiveOn(today)) {
                        since.put(patient, p.getStartDate());
                        if (Review.baselineOver(p.getStartDate(), today)) {
                            baselineOf.add(p.getId());
                        }
                    }
                    schedules.computeIfAbsent(patient, k -> new ArrayList<>())
                            .addAll(p.schedule(weekFrom, Review.adherenceTo(today)));
                });
        Map<Long, Long> redFlags = new HashMap<>();
        em.createQuery(RedFlagAlert.COUNT_OPEN_BY_PATIENT, Object[].class)
                .setParameter("patients", ids)
                .getResultList()
                .forEach(row -> redFlags.put(count(row[0]), count(row[1])));
        Map<Long, Map<LocalDate, DayLog>> days = new HashMap<>();
        Map<Long, List<DailyTotal>> totals = new HashMap<>();
        em.createQuery(SessionLog.DAILY_REVIEW_TOTALS, Object[].class)
                .setParameter("patients", ids)
                .setParameter("from", Review.firstDayRead(today))
                .setParameter("to", today)
                .getResultStream()
                .map(Row::of)
                .forEach(row -> {
                    totals.computeIfAbsent(row.patient(), k -> new ArrayList<>())
                            .add(new DailyTotal(row.day(), row.exercise(), row.sessions(), row.minutes()));
                    days.computeIfAbsent(row.patient(), k -> new HashMap<>()).merge(row.day(), row.dayLog(), DayLog::plus);
                });
        Map<Long, Double> baselines = baselines(baselineOf);
        Set<Long> outcomeWorse = outcomeWorse(ids);
        for (Long id : ids) {
            List<ScheduledDose> schedule = schedules.getOrDefault(id, List.of());
            Adherence.Summary lastWeek = schedule.isEmpty() ? null
                    : Adherence.over(weekFrom, Review.adherenceTo(today), schedule, totals.getOrDefault(id, List.of()));
            Set<ReviewFlag> patientFlags = Review.flags(today, since.get(id), days.getOrDefault(id, Map.of()).values(),
                    lastWeek, redFlags.getOrDefault(id, 0L), baselines.get(id));
            if (outcomeWorse.contains(id)) {
                patientFlags.add(ReviewFlag.OUTCOME_WORSE);
            }
            flags.put(id, patientFlags);
        }
        return flags;
    }

    /**
     * One row of {@link SessionLog#DAILY_REVIEW_TOTALS} (one exercise of one patient on one day), read by position
     * here only, in the order of the query's SELECT list.
     */
    private record Row(long patient, LocalDate day, Long exercise, long sessions, long minutes, Integer maxBefore,
                       Integer maxAfter, long painSum, long painCount, long flares) {

        static Row of(Object[] r) {
            return new Row(count(r[0]), (LocalDate) r[1], r[2] == null ? null : count(r[2]), count(r[3]), count(r[4]),
                    rating(r[5]), rating(r[6]), count(r[7]) + count(r[9]), count(r[8]) + count(r[10]), count(r[11]));
        }

        DayLog dayLog() {
            return DayLog.of(day, sessions, maxBefore, maxAfter, painSum, painCount, flares);
        }
    }

    /**
     * Each patient's average pain rating (before and after sessions together) over the first
     * {@value Review#BASELINE_DAYS} days of the given programmes, in one query. Native SQL because JPQL has no date
     * arithmetic; the interval literal is standard SQL, the same on H2 and PostgreSQL.
     */
    private Map<Long, Double> baselines(List<Long> programmeIds) {
        Map<Long, Double> baselines = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return baselines;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(programmeIds.size(), "?"));
        var query = em.createNativeQuery("SELECT s.patient_id,"
                + " SUM(COALESCE(s.pain_before, 0) + COALESCE(s.pain_after, 0)), COUNT(s.pain_before) + COUNT(s.pain_after)"
                + " FROM session_log s JOIN programme p ON p.patient_id = s.patient_id"
                + " WHERE p.id IN (" + placeholders + ") AND s.deleted_at IS NULL AND s.local_day >= p.start_date"
                + " AND s.local_day < p.start_date + INTERVAL '" + Review.BASELINE_DAYS + "' DAY"
                + " GROUP BY s.patient_id");
        for (int i = 0; i < programmeIds.size(); i++) {
            query.setParameter(i + 1, programmeIds.get(i));
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long ratings = count(row[2]);
            if (ratings > 0) {
                baselines.put(((Number) row[0]).longValue(), count(row[1]) / (double) ratings);
            }
        }
        return baselines;
    }

    /**
     * The patients among those given whose latest score of a questionnaire is worse than their first by its minimal
     * clinically important difference, in one query (the first and latest response of each, over an index).
     */
    private Set<Long> outcomeWorse(List<Long> ids) {
        Map<Long, Map<Questionnaire, List<Score>>> firstAndLatest = new HashMap<>();
        em.createNamedQuery(OutcomeResponse.FIRST_AND_LATEST_FOR_PATIENTS, Object[].class)
                .setParameter("patients", ids)
                .getResultList()
                .forEach(row -> firstAndLatest.computeIfAbsent(count(row[0]), k -> new EnumMap<>(Questionnaire.class))
                        .computeIfAbsent((Questionnaire) row[1], k -> new ArrayList<>())
                        .add(new Score(((Number) row[3]).doubleValue(), rating(row[4]), (Band) row[5])));
        Set<Long> worse = new HashSet<>();
        firstAndLatest.forEach((patient, byQuestionnaire) -> byQuestionnaire.forEach((questionnaire, scores) -> {
            if (scores.size() > 1 && questionnaire.change(scores.get(0), scores.get(scores.size() - 1)).isWorse()) {
                worse.add(patient);
            }
        }));
        return worse;
    }

    private static Integer rating(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
