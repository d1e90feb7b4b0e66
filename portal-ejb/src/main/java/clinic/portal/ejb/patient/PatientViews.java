package clinic.portal.ejb.patient;

import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.adherence.ThisWeek;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.outcome.OutcomeService;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Optional;

import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * The patient's own pages as use cases, each one call in one transaction with one ownership check: the home page
 * ({@link #today}) and the history ({@link #history}).
 */
@Stateless
@RolesAllowed(PATIENT)
public class PatientViews {

    /** How many days the history shows. */
    public static final int HISTORY_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private AdherenceService adherence;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private SessionLogService sessions;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private ClinicCalendar calendar;

    public TodayOverview today() {
        long me = careTeam.myId();
        Programme programme = programmes.findCurrent(me).orElse(null);
        ThisWeek week = adherence.thisWeek(me);
        return new TodayOverview(programme, week.today(), week.days(), warningSigns.mine(),
                walking(programme, calendar.today()).orElse(null), outcomes.dueMine());
    }

    /** The last {@value #HISTORY_DAYS} days: adherence, the day series for the charts, and the sessions. */
    public HistoryOverview history() {
        long me = careTeam.myId();
        LocalDate today = calendar.today();
        LocalDate from = today.minusDays(HISTORY_DAYS - 1L);
        return new HistoryOverview(adherence.report(me, from, today),
                sessions.list(me, from, today).stream().map(s -> SessionSummary.of(s, today)).toList());
    }

    /** The walking prescribed today, or else the library's first walking exercise. */
    private Optional<Long> walking(Programme programme, LocalDate today) {
        Optional<Long> prescribed = programme == null ? Optional.empty() : programme.prescribedOn(today).stream()
                .map(p -> p.getExercise())
                .filter(e -> e.getKind() == ExerciseKind.WALKING)
                .map(Exercise::getId)
                .findFirst();
        if (prescribed.isPresent()) {
            return prescribed;
        }
        return em.createQuery("SELECT e.id FROM Exercise e WHERE e.kind = :kind AND e.archived = FALSE ORDER BY e.id",
                        Long.class)
                .setParameter("kind", ExerciseKind.WALKING)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
