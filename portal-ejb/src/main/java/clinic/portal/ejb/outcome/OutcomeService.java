package clinic.portal.ejb.outcome;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.OutcomeResponse;
import clinic.portal.domain.outcome.OutcomeSchedule;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.outcome.Score;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.review.PatientReviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Outcome questionnaires. A clinician of the patient's asks one from a day on, once or every 2 or 4 weeks, changes
 * that or stops asking; the patient answers what is due (one answer per round: a second press of "Send" finds it
 * answered); both see the scores over time. Every call goes through {@link CareTeam}'s ownership check; scoring is the
 * domain's ({@link Questionnaire}).
 */
@Stateless
public class OutcomeService {

    /** Rule keys. */
    public static final String PAST = "questionnaire.violation.PAST";
    public static final String NOT_DUE = "questionnaire.violation.NOT_DUE";
    public static final String EVERY = "questionnaire.violation.EVERY";
    /** Followed by a {@link Questionnaire.Problem.Kind}'s name. */
    public static final String PROBLEM = "questionnaire.violation.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private PatientReviews patientReviews;

    @Inject
    private AuditTrail audit;

    /**
     * Asks the patient the questionnaire from the day given (today or later), then every {@code everyWeeks} weeks
     * (2 or 4; null: once); replaces how it was asked before.
     */
    @RolesAllowed(CLINICIAN)
    public void ask(long patientId, @NotNull Questionnaire questionnaire, @NotNull LocalDate firstDue,
                    Integer everyWeeks) {
        Account patient = careTeam.requireMyPatient(patientId);
        if (firstDue.isBefore(calendar.today())) {
            throw new RuleViolation(PAST, "firstDue");
        }
        if (everyWeeks != null && !OutcomeSchedule.EVERY_WEEKS.contains(everyWeeks)) {
            throw new RuleViolation(EVERY, "everyWeeks");
        }
        Account me = careTeam.me();
        Optional<OutcomeSchedule> existing = schedule(patientId, questionnaire, LockModeType.NONE);
        if (existing.isPresent()) {
            existing.get().change(firstDue, everyWeeks, me, calendar.now());
        } else {
            em.persist(OutcomeSchedule.ask(patient, questionnaire, firstDue, everyWeeks, me, calendar.now()));
        }
        audit.record(AuditAction.QUESTIONNAIRE_SCHEDULED, patient, questionnaire + " from " + firstDue
                + (everyWeeks == null ? ", once" : ", every " + everyWeeks + " weeks"));
    }

    /** Stops asking the patient the questionnaire; their answers stay. Nothing happens when it was not asked. */
    @RolesAllowed(CLINICIAN)
    public void stopAsking(long patientId, @NotNull Questionnaire questionnaire) {
        Account patient = careTeam.requireMyPatient(patientId);
        schedule(patientId, questionnaire, LockModeType.NONE).ifPresent(s -> {
            em.remove(s);
            audit.record(AuditAction.QUESTIONNAIRE_SCHEDULED, patient, questionnaire + " stopped");
        });
    }

    /**
     * The patient's questionnaires, asked now or answered before, in the order of {@link Questionnaire}: when each is
     * asked and its scores over time against the first. Two queries (schedules, responses with their answers).
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public List<OutcomeTrack> outcomes(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        LocalDate today = calendar.today();
        Map<Questionnaire, OutcomeSchedule> schedules = new EnumMap<>(Questionnaire.class);
        em.createNamedQuery(OutcomeSchedule.FIND_FOR_PATIENT, OutcomeSchedule.class).setParameter("patient", patientId)
                .getResultList().forEach(s -> schedules.put(s.getQuestionnaire(), s));
        Map<Questionnaire, List<OutcomeTrack.Scored>> scores = new EnumMap<>(Questionnaire.class);
        em.createNamedQuery(OutcomeResponse.FIND_FOR_PATIENT, OutcomeResponse.class).setParameter("patient", patientId)
                .setHint("eclipselink.batch", "r.answers")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList()
                .forEach(r -> scores.computeIfAbsent(r.getQuestionnaire(), k -> new ArrayList<>())
                        .add(new OutcomeTrack.Scored(r.getAnsweredOn(), r.getScore(), r.getAnswers())));
        List<OutcomeTrack> tracks = new ArrayList<>();
        for (Questionnaire questionnaire : Questionnaire.values()) {
            OutcomeSchedule schedule = schedules.get(questionnaire);
            List<OutcomeTrack.Scored> scored = scores.getOrDefault(questionnaire, List.of());
            if (schedule == null && scored.isEmpty()) {
                continue;
            }
            LocalDate last = scored.isEmpty() ? null : scored.get(scored.size() - 1).answeredOn();
            OutcomeTrack.Schedule asked = null;
            if (schedule != null) {
                boolean due = schedule.isDueOn(today, last);
                asked = new OutcomeTrack.Schedule(schedule.getFirstDue(), schedule.getEveryWeeks(),
                        due ? schedule.lastDueOn(today) : schedule.nextDueAfter(today), due);
            }
            tracks.add(new OutcomeTrack(questionnaire, asked, scored, scored.size() < 2 ? null
                    : questionnaire.change(scored.get(0).score(), scored.get(scored.size() - 1).score())));
        }
        return tracks;
    }

    /** What the signed-in patient has to answer today, in the order of {@link Questionnaire}. */
    @RolesAllowed(PATIENT)
    public List<DueQuestionnaire> dueMine() {
        long me = careTeam.myId();
        LocalDate today = calendar.today();
        Map<Questionnaire, LocalDate> answered = lastAnswered(me);
        return em.createNamedQuery(OutcomeSchedule.FIND_FOR_PATIENT, OutcomeSchedule.class).setParameter("patient", me)
                .getResultList().stream()
                .filter(s -> s.isDueOn(today, answered.get(s.getQuestionnaire())))
                .sorted(Comparator.comparing(OutcomeSchedule::getQuestionnaire))
                .map(s -> new DueQuestionnaire(s.getQuestionnaire(), s.lastDueOn(today), List.of()))
                .toList();
    }

    /**
     * The questionnaire, if the signed-in patient has it to answer today, with their previous answers to start from.
     */
    @RolesAllowed(PATIENT)
    public Optional<DueQuestionnaire> dueMine(@NotNull Questionnaire questionnaire) {
        long me = careTeam.myId();
        LocalDate today = calendar.today();
        Optional<OutcomeSchedule> schedule = schedule(me, questionnaire, LockModeType.NONE);
        OutcomeResponse last = em.createNamedQuery(OutcomeResponse.FIND_LATEST, OutcomeResponse.class)
                .setParameter("patient", me)
                .setParameter("questionnaire", questionnaire)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return schedule.filter(s -> s.isDueOn(today, last == null ? null : last.getAnsweredOn()))
                .map(s -> new DueQuestionnaire(questionnaire, s.lastDueOn(today),
                        last == null ? List.of() : last.getAnswers()));
    }

    /**
     * The signed-in patient answers a questionnaire that is due, and it is scored.
     *
     * @throws RuleViolation {@link #NOT_DUE} when it is not due (not asked, or answered already this round), or
     *                       {@link #PROBLEM} and the problem's kind, naming the item, when the answers are not complete
     *                       or not on the item's scale
     */
    @RolesAllowed(PATIENT)
    public Score answerMine(@NotNull Questionnaire questionnaire, @NotNull List<@NotNull Answer> answers) {
        long me = careTeam.myId();
        LocalDate today = calendar.today();
        // Locked, so that two presses of "Send" at once make one response: the second waits, then finds it answered.
        OutcomeSchedule schedule = schedule(me, questionnaire, LockModeType.PESSIMISTIC_WRITE)
                .filter(s -> s.isDueOn(today, lastAnswered(me).get(questionnaire)))
                .orElseThrow(() -> new RuleViolation(NOT_DUE, null));
        questionnaire.problem(answers).ifPresent(p -> {
            throw new RuleViolation(PROBLEM + p.kind().name(), p.item());
        });
        OutcomeResponse response = OutcomeResponse.answer(schedule.getPatient(), questionnaire, answers, today,
                calendar.now());
        em.persist(response);
        patientReviews.changed(me);
        audit.record(AuditAction.QUESTIONNAIRE_ANSWERED, schedule.getPatient(), questionnaire.name());
        return response.getScore();
    }

    private Map<Questionnaire, LocalDate> lastAnswered(long patientId) {
        Map<Questionnaire, LocalDate> last = new HashMap<>();
        em.createNamedQuery(OutcomeResponse.LAST_ANSWERED, Object[].class).setParameter("patient", patientId)
                .getResultList().forEach(row -> last.put((Questionnaire) row[0], (LocalDate) row[1]));
        return last;
    }

    private Optional<OutcomeSchedule> schedule(long patientId, Questionnaire questionnaire, LockModeType lock) {
        return em.createNamedQuery(OutcomeSchedule.FIND_ONE, OutcomeSchedule.class)
                .setParameter("patient", patientId)
                .setParameter("questionnaire", questionnaire)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
