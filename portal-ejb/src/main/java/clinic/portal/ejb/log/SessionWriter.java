package clinic.portal.ejb.log;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.review.PatientReviews;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Writes one session in a transaction of its own, so that {@link SessionLogService} can tell a lost race on an
 * idempotency key (the other request committed first) from a real failure, and answer with the winner.
 */
@Stateless
@RolesAllowed(PATIENT)
public class SessionWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private PatientReviews patientReviews;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SessionLog insert(long patientId, SessionEntry entry, String key) {
        Account managed = em.getReference(Account.class, patientId);
        LocalDate day = checkedDay(entry);
        SessionLog session = SessionLog.record(managed, exercise(entry), entry, day, calendar.now(), key);
        em.persist(session);
        warningSigns.raise(session, session.getRedFlags());
        patientReviews.changed(patientId);
        em.flush();
        return session;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SessionLog> findByKey(long patientId, String key) {
        return em.createNamedQuery(SessionLog.FIND_BY_KEY, SessionLog.class)
                .setParameter("patient", patientId)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** The patient's day of the session, once it is known to be neither in the future nor too long ago. */
    public LocalDate checkedDay(SessionEntry entry) {
        OffsetDateTime now = calendar.now();
        if (SessionWindow.isFuture(entry.getPerformedAt(), now)) {
            throw new RuleViolation("session.performedAt.future", "performedAt");
        }
        LocalDate day = calendar.dayOf(entry.getPerformedAt());
        if (!SessionWindow.isOpen(day, calendar.today())) {
            throw new RuleViolation("session.performedAt.tooOld", "performedAt", SessionWindow.DAYS);
        }
        return day;
    }

    public Exercise exercise(SessionEntry entry) {
        if (entry.getExerciseId() == null) {
            return null;
        }
        Exercise exercise = em.find(Exercise.class, entry.getExerciseId());
        if (exercise == null) {
            throw new RuleViolation("session.exercise.unknown", "exerciseId", entry.getExerciseId());
        }
        return exercise;
    }
}
