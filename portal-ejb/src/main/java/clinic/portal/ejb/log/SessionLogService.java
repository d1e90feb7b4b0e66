package clinic.portal.ejb.log;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;
import clinic.portal.domain.time.DayRange;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.review.PatientReviews;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * A patient's sessions: recorded by the patient (once per idempotency key), corrected or deleted by them within
 * {@value SessionWindow#DAYS} days, and read by them and their clinicians.
 */
@Stateless
public class SessionLogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private SessionWriter writer;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private PatientReviews patientReviews;

    /**
     * Records a session of the caller's. A repeated request with the same key and the same content answers the
     * session recorded first; the same key with other content is refused ({@code session.idempotency.conflict}).
     * New keys are the rule, so the insert is tried first (one transaction); only when the database refuses the key
     * as taken, by an earlier request or a concurrent one, is the earlier session looked up.
     *
     * @param key the client's idempotency key (a form's own key, or the API's {@code Idempotency-Key}), or null
     */
    @RolesAllowed(PATIENT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Recorded record(@NotNull @Valid SessionEntry entry, @Size(max = SessionLog.KEY_MAX) String key) {
        long me = careTeam.myId();
        if (key == null) {
            return new Recorded(writer.insert(me, entry, null), true);
        }
        try {
            return new Recorded(writer.insert(me, entry, key), true);
        } catch (EJBException keyTaken) {
            return writer.findByKey(me, key).map(earlier -> replay(earlier, entry)).orElseThrow(() -> keyTaken);
        }
    }

    private static Recorded replay(SessionLog earlier, SessionEntry entry) {
        if (!earlier.sameAs(entry)) {
            throw new RuleViolation("session.idempotency.conflict", null);
        }
        return new Recorded(earlier, false);
    }

    /**
     * Corrects one of the caller's sessions.
     *
     * @param expectedVersion the version the patient started from; another change since is refused
     *                        ({@code session.stale})
     */
    @RolesAllowed(PATIENT)
    public SessionLog correct(long id, long expectedVersion, @NotNull @Valid SessionEntry entry) {
        SessionLog session = getMineToChange(id);
        if (session.getVersion() != expectedVersion) {
            throw new RuleViolation("session.stale", null);
        }
        LocalDate day = writer.checkedDay(entry);
        Set<RedFlag> before = session.getRedFlags();
        session.correct(writer.exercise(entry), entry, day, calendar.now());
        Set<RedFlag> newlyTicked = session.getRedFlags();
        newlyTicked.removeAll(before);
        warningSigns.raise(session, newlyTicked);
        patientReviews.changed(session.getPatient().getId());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RuleViolation("session.stale", null);
        }
        audit.record(AuditAction.SESSION_CORRECTED, session.getPatient(), describe(session));
        return session;
    }

    /** Deletes one of the caller's sessions: it stays in the record, marked deleted by them, now. */
    @RolesAllowed(PATIENT)
    public void delete(long id) {
        SessionLog session = getMineToChange(id);
        session.delete(careTeam.me(), calendar.now());
        patientReviews.changed(session.getPatient().getId());
        audit.record(AuditAction.SESSION_DELETED, session.getPatient(), describe(session));
    }

    /** One of the caller's own sessions (deleted ones too), or not found. */
    @RolesAllowed(PATIENT)
    public SessionLog getMine(long id) {
        SessionLog session = em.find(SessionLog.class, id);
        if (session == null || !session.getPatient().getId().equals(careTeam.myId())) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    /** The caller's own sessions between two days (inclusive), newest first. */
    @RolesAllowed(PATIENT)
    public List<SessionLog> listMine(@NotNull LocalDate from, @NotNull LocalDate to) {
        return list(careTeam.myId(), from, to);
    }

    /** One of the caller's sessions to correct: not deleted, or not found. */
    @RolesAllowed(PATIENT)
    public SessionLog getMineToCorrect(long id) {
        SessionLog session = getMine(id);
        if (session.isDeleted()) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    /** The patient's sessions between two days (inclusive), newest first; deleted ones left out. */
    @RolesAllowed({PATIENT, CLINICIAN})
    public List<SessionLog> list(long patientId, @NotNull LocalDate from, @NotNull LocalDate to) {
        careTeam.requireVisiblePatient(patientId);
        requireRange(from, to);
        return em.createNamedQuery(SessionLog.FIND_IN_RANGE, SessionLog.class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Every session the patient recorded (deleted ones left out), oldest first, handed to the sink one by one: a
     * download of the whole record, by the patient or one of their clinicians, in one query (a year of twice-daily
     * walks is about 700 rows). The download is a line of the audit trail (the patient sees a clinician's under
     * "Who has seen your record").
     *
     * @return how many sessions went to the sink
     * @throws NotFoundException when the caller may not see the patient
     */
    @RolesAllowed({PATIENT, CLINICIAN})
    public long export(long patientId, @NotNull Consumer<SessionLog> sink) {
        Account patient = careTeam.requireVisiblePatient(patientId);
        List<SessionLog> sessions = em.createNamedQuery(SessionLog.FIND_ALL_OF, SessionLog.class)
                .setParameter("patient", patientId)
                .getResultList();
        sessions.forEach(sink);
        audit.record(AuditAction.SESSIONS_EXPORTED, patient, sessions.size() + " sessions");
        return sessions.size();
    }

    /** The caller's own sessions, all of them: {@link #export(long, Consumer)} for the patient themself. */
    @RolesAllowed(PATIENT)
    public long exportMine(@NotNull Consumer<SessionLog> sink) {
        return export(careTeam.myId(), sink);
    }

    /** How the trail names a session: by id and day, never by what the patient wrote. */
    private static String describe(SessionLog session) {
        return "session " + session.getId() + " of " + session.getLocalDay();
    }

    static void requireRange(LocalDate from, LocalDate to) {
        DayRange.problem(from, to).ifPresent(key -> {
            throw new RuleViolation(key, "to", DayRange.MAX_DAYS);
        });
    }

    private SessionLog getMineToChange(long id) {
        SessionLog session = getMine(id);
        if (session.isDeleted()) {
            throw new NotFoundException("session", id);
        }
        if (!SessionWindow.isOpen(session.getLocalDay(), calendar.today())) {
            throw new RuleViolation("session.locked", null, SessionWindow.DAYS);
        }
        return session;
    }
}
