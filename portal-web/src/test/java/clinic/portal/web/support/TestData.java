package clinic.portal.web.support;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.account.Role;
import clinic.portal.domain.exercise.Dose;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.Frequency;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.outcome.Answer;
import clinic.portal.domain.outcome.OutcomeResponse;
import clinic.portal.domain.outcome.OutcomeSchedule;
import clinic.portal.domain.outcome.Questionnaire;
import clinic.portal.domain.programme.Plan;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.account.Passwords;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.review.PatientReviews;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.audit.AuditEvent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only: puts accounts and programmes into the state a test needs, straight through JPA, without the
 * rules that the test is about to exercise. What changes a patient's review counts as a change, as the services do.
 */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    private EntityManager em;

    @PersistenceUnit
    private EntityManagerFactory factory;

    @Inject
    private Passwords passwords;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private PatientReviews patientReviews;

    /** An enabled account whose password is not temporary. */
    public Account open(Role role, String username, String password) {
        Account account = new Account(username, "Test " + username, username + "@example.org", role);
        account.open(passwords.hash(password), false, calendar.now());
        em.persist(account);
        return account;
    }

    /** An enabled account with a temporary password (it must be changed at the first sign-in). */
    public Account openWithTemporaryPassword(Role role, String username, String password, long... clinicianIds) {
        Account account = new Account(username, "Test " + username, username + "@example.org", role);
        account.open(passwords.hash(password), true, calendar.now());
        List<Account> clinicians = new ArrayList<>();
        for (long id : clinicianIds) {
            clinicians.add(em.find(Account.class, id));
        }
        account.assignClinicians(clinicians);
        em.persist(account);
        return account;
    }

    /** The id of one of the programme templates (some are seeded). */
    public long anyTemplate() {
        return em.createQuery("SELECT MIN(t.id) FROM ProgrammeTemplate t", Long.class).getSingleResult();
    }

    /** An enabled patient, treated by the given clinicians. */
    public Account openPatient(String username, String password, long... clinicianIds) {
        Account patient = open(Role.PATIENT, username, password);
        List<Account> clinicians = new ArrayList<>();
        for (long id : clinicianIds) {
            clinicians.add(em.find(Account.class, id));
        }
        patient.assignClinicians(clinicians);
        return patient;
    }

    /**
     * A programme that started some days ago, as if assigned then: the service itself refuses past start dates,
     * and a test of "what was prescribed on a past day" needs one.
     */
    public long programmeSince(long patientId, long clinicianId, int daysAgo, PlanDraft draft) {
        Map<Long, Exercise> exercises = new HashMap<>();
        draft.getPhases().forEach(phase -> phase.getPrescriptions()
                .forEach(line -> exercises.put(line.getExerciseId(), em.find(Exercise.class, line.getExerciseId()))));
        Programme programme = Programme.assign(em.find(Account.class, patientId), em.find(Account.class, clinicianId),
                calendar.today().minusDays(daysAgo), null, Plan.from(draft, exercises), calendar.now());
        em.persist(programme);
        patientReviews.changed(patientId);
        em.flush();
        return programme.getId();
    }

    /** A programme of walking 10 minutes twice a day, from some days ago, in one phase of that name. */
    public long walkingSince(long patientId, long clinicianId, int daysAgo, String phaseName) {
        PlanDraft draft = new PlanDraft();
        draft.addPhase(phaseName, null).add(em.find(Exercise.class, 1L), Dose.minutes(10, 2, Frequency.PER_DAY));
        return programmeSince(patientId, clinicianId, daysAgo, draft);
    }

    /** A walk recorded some days ago, as if the patient had recorded it then. */
    public long walkDaysAgo(long patientId, int daysAgo, int minutes) {
        return walkDaysAgo(patientId, daysAgo, minutes, null, null);
    }

    /** A walk recorded some days ago with the pain reported before and after it (either may be null). */
    public long walkDaysAgo(long patientId, int daysAgo, int minutes, Integer painBefore, Integer painAfter) {
        return walkDaysAgo(patientId, daysAgo, minutes, null, painBefore, painAfter);
    }

    /** A walk recorded some days ago with the steps counted and the pain before and after (any may be null). */
    public long walkDaysAgo(long patientId, int daysAgo, int minutes, Integer steps, Integer painBefore,
                            Integer painAfter) {
        SessionEntry entry = new SessionEntry();
        entry.setExerciseId(1L);
        entry.setMinutes(minutes);
        entry.setSteps(steps);
        entry.setPainBefore(painBefore);
        entry.setPainAfter(painAfter);
        OffsetDateTime when = calendar.now().minusDays(daysAgo);
        entry.setPerformedAt(when);
        SessionLog session = SessionLog.record(em.find(Account.class, patientId), em.find(Exercise.class, 1L), entry,
                calendar.dayOf(when), when, null);
        em.persist(session);
        patientReviews.changed(patientId);
        em.flush();
        return session.getId();
    }

    /** The patient is asked the questionnaire from some days ago on (the service refuses past days), by the clinician. */
    public void asked(long patientId, long clinicianId, Questionnaire questionnaire, int daysAgo, Integer everyWeeks) {
        em.persist(OutcomeSchedule.ask(em.find(Account.class, patientId), questionnaire,
                calendar.today().minusDays(daysAgo), everyWeeks, em.find(Account.class, clinicianId), calendar.now()));
        em.flush();
    }

    /** The patient's answers to a questionnaire some days ago, as if given then, scored. */
    public void answered(long patientId, Questionnaire questionnaire, int daysAgo, List<Answer> answers) {
        em.persist(OutcomeResponse.answer(em.find(Account.class, patientId), questionnaire, answers,
                calendar.today().minusDays(daysAgo), calendar.now().minusDays(daysAgo)));
        patientReviews.changed(patientId);
        em.flush();
    }

    public void setPhone(long accountId, String phone) {
        em.find(Account.class, accountId).setPhone(phone);
    }

    /** The patient's stored review, as it is in the database now. */
    public clinic.portal.domain.review.PatientReview review(long patientId) {
        return em.find(clinic.portal.domain.review.PatientReview.class, patientId);
    }

    /** How many changes the patient's stored review has counted. */
    public long reviewEdits(long patientId) {
        return ((Number) em.createNativeQuery("SELECT edits FROM patient_review WHERE patient_id = ?1")
                .setParameter(1, patientId).getSingleResult()).longValue();
    }

    /**
     * Stores "nothing to review" for today as a refresh does, against the edits it read; answers how many rows it
     * changed (0: a change came since).
     */
    public int storeNothingToReview(long patientId, long editsRead) {
        return em.createNamedQuery(clinic.portal.domain.review.PatientReview.RECORD)
                .setParameter("patient", patientId)
                .setParameter("edits", editsRead)
                .setParameter("day", calendar.today())
                .setParameter("flags", 0)
                .executeUpdate();
    }

    /** A warning sign the patient reported on their own, now. */
    public void warningSign(long patientId, Set<RedFlag> signs) {
        em.persist(RedFlagAlert.reported(em.find(Account.class, patientId), signs, calendar.now()));
    }

    /**
     * Audit lines on one day, as if written then: {@code count} of them, two at each second (the order of the trail
     * then rests on the id as well as on the time).
     */
    public void auditLines(LocalDate day, int count, String actor) {
        OffsetDateTime start = calendar.startOf(day);
        for (int i = 0; i < count; i++) {
            em.persist(AuditEvent.attempt(start.plusSeconds(i / 2), AuditAction.SIGN_IN_FAILED, actor, "line " + i));
        }
        em.flush();
    }

    /**
     * A finished patient import by the demo administrator, of one line refused because its clinician is unknown, as if
     * imported from a file: the import pages and its report need one.
     */
    public long patientImport(String username) {
        Account admin = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", "admin")
                .getSingleResult();
        clinic.portal.domain.importing.PatientImport done = new clinic.portal.domain.importing.PatientImport(
                "cast.csv", 1, admin, calendar.now());
        em.persist(done);
        em.persist(new clinic.portal.domain.importing.ImportLine(done, new clinic.portal.domain.importing.PatientLine(
                2, "Cast Patient", username + "@example.org", username, "nobody", "en", null, true),
                Set.of(clinic.portal.domain.importing.ImportProblem.CLINICIAN_UNKNOWN)));
        done.finish(calendar.now());
        em.flush();
        return done.getId();
    }

    /** Emails of a bulk send to the account, due now, as a patient import writes its invitations. */
    public void bulkMail(long accountId, int count) {
        Account recipient = em.find(Account.class, accountId);
        for (int i = 0; i < count; i++) {
            em.persist(clinic.portal.domain.mail.OutboxMessage.to(recipient, clinic.portal.domain.mail.MailKind.INVITATION,
                    "Bulk " + i, "Choose your password.", calendar.now()).inBulk());
        }
    }

    /** Starts counting statements ({@link QueryCount}). */
    public void countStatements() {
        QueryCount.install(factory);
    }

    public Exercise exercise(long id) {
        return em.find(Exercise.class, id);
    }

    /** Disables every enabled administrator but one; returns who was disabled, for {@link #enable}. */
    public List<Long> disableAdministratorsExcept(long keep) {
        List<Account> admins = em.createNamedQuery(Account.FIND_ENABLED_BY_ROLE, Account.class)
                .setParameter("role", Role.ADMIN).getResultList();
        admins.stream().filter(a -> a.getId() != keep).forEach(Account::disable);
        return admins.stream().map(Account::getId).filter(id -> id != keep).toList();
    }

    public void enable(List<Long> ids) {
        ids.forEach(id -> em.find(Account.class, id).enable());
    }
}
