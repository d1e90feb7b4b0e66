package clinic.portal.ejb.warning;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.RedFlagAlert;
import clinic.portal.domain.log.ReviewOutcome;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.mail.Outbox;
import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.CareTeam;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static clinic.portal.domain.account.Role.Names.ADMIN;
import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * The warning-sign loop, the one safety-critical path of the portal: a patient reports signs (on their own, or in
 * a session), is told at once what to do, and their clinicians are alerted; a clinician reviews each one and
 * records what was done; one left unreviewed longer than {@code PORTAL_WARNING_ESCALATE_MINUTES} is overdue, which
 * every clinician of the patient sees in their queue and the administrators see on their home page.
 */
@Stateless
public class WarningSignService {

    private static final Logger LOG = Logger.getLogger(WarningSignService.class.getName());

    /** How far back a patient, and the patient page, show reviewed warning signs. */
    public static final int REVIEWED_SHOWN_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "portal.warning.escalate-minutes", defaultValue = "240")
    private long escalateMinutes;

    /** The caller reports warning signs without recording a session. */
    @RolesAllowed(PATIENT)
    public WarningSign report(@NotNull @NotEmpty Set<RedFlag> signs) {
        RedFlagAlert alert = RedFlagAlert.reported(careTeam.me(), EnumSet.copyOf(signs), calendar.now());
        em.persist(alert);
        em.flush();
        raised(alert);
        return WarningSign.of(alert, false, List.of());
    }

    /**
     * Raises an alert for signs ticked in a session, in the caller's transaction: when a session is recorded, and
     * when a correction ticks signs that were not ticked before.
     */
    @RolesAllowed(PATIENT)
    public void raise(@NotNull SessionLog session, @NotNull Set<RedFlag> newlyTicked) {
        if (newlyTicked.isEmpty()) {
            return;
        }
        RedFlagAlert alert = RedFlagAlert.ticked(session, newlyTicked, calendar.now());
        em.persist(alert);
        raised(alert);
    }

    /** The caller's warning signs: the open ones and those reviewed in the last {@value #REVIEWED_SHOWN_DAYS} days. */
    @RolesAllowed(PATIENT)
    public List<WarningSign> mine() {
        return forPatient(careTeam.myId());
    }

    /** One of the caller's patients' warning signs: the open ones and those reviewed lately, newest first. */
    @RolesAllowed(CLINICIAN)
    public List<WarningSign> ofPatient(long patientId) {
        careTeam.requireMyPatient(patientId);
        return forPatient(patientId);
    }

    /** One of the caller's patients' warning signs raised on the days given (clinic time), oldest first. */
    @RolesAllowed(CLINICIAN)
    public List<WarningSign> ofPatientBetween(long patientId, @NotNull LocalDate from, @NotNull LocalDate to) {
        careTeam.requireMyPatient(patientId);
        OffsetDateTime now = calendar.now();
        return em.createNamedQuery(RedFlagAlert.FIND_RAISED_BETWEEN, RedFlagAlert.class)
                .setParameter("patient", patientId)
                .setParameter("from", calendar.startOf(from))
                .setParameter("to", calendar.startOf(to.plusDays(1)))
                .getResultStream()
                .map(a -> WarningSign.of(a, a.isOverdueAt(now, limit()), List.of()))
                .toList();
    }

    private List<WarningSign> forPatient(long patientId) {
        OffsetDateTime now = calendar.now();
        return em.createNamedQuery(RedFlagAlert.FIND_FOR_PATIENT, RedFlagAlert.class)
                .setParameter("patient", patientId)
                .setParameter("since", now.minusDays(REVIEWED_SHOWN_DAYS))
                .getResultStream()
                .map(a -> WarningSign.of(a, a.isOverdueAt(now, limit()), List.of()))
                .toList();
    }

    /** Every open warning sign of the caller's patients, newest first, with how to reach each patient. */
    @RolesAllowed(CLINICIAN)
    public List<WarningSign> queue() {
        OffsetDateTime now = calendar.now();
        return em.createNamedQuery(RedFlagAlert.FIND_OPEN_FOR_CLINICIAN, RedFlagAlert.class)
                .setParameter("clinician", careTeam.myId())
                .getResultStream()
                .map(a -> WarningSign.of(a, a.isOverdueAt(now, limit()), List.of()))
                .toList();
    }

    /** How many warning signs of the caller's patients are open: the navigation's badge. One count query. */
    @RolesAllowed(CLINICIAN)
    public long openCount() {
        return em.createNamedQuery(RedFlagAlert.COUNT_OPEN_FOR_CLINICIAN, Long.class)
                .setParameter("clinician", careTeam.myId())
                .getSingleResult();
    }

    /**
     * Records the caller's review of a warning sign of one of their patients: what was done and a note. Two
     * clinicians reviewing the same sign at once: the first review stands, the second is told
     * ({@code warning.alreadyReviewed}).
     */
    @RolesAllowed(CLINICIAN)
    public WarningSign review(long alertId, @NotNull ReviewOutcome outcome,
                              @Size(max = RedFlagAlert.NOTE_MAX) String note) {
        RedFlagAlert alert = em.find(RedFlagAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new NotFoundException("warning sign", alertId);
        }
        careTeam.requireMyPatient(alert.getPatient().getId());
        if (!alert.review(careTeam.me(), outcome, note, calendar.now())) {
            throw new RuleViolation("warning.alreadyReviewed", null);
        }
        audit.record(AuditAction.WARNING_SIGN_REVIEWED, alert.getPatient(),
                "warning sign " + alert.getId() + ": " + outcome.name());
        return WarningSign.of(alert, false, List.of());
    }

    /** Open warning signs of the whole clinic past the time limit, oldest first, with each patient's clinicians. */
    @RolesAllowed(ADMIN)
    public List<WarningSign> overdue() {
        OffsetDateTime now = calendar.now();
        List<RedFlagAlert> alerts = em.createNamedQuery(RedFlagAlert.FIND_OPEN_RAISED_BEFORE, RedFlagAlert.class)
                .setParameter("cutoff", now.minus(limit()))
                .getResultList();
        if (alerts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> clinicians = em.createQuery(
                        "SELECT p.id, c.displayName FROM Account p JOIN p.clinicians c WHERE p.id IN :patients"
                                + " ORDER BY c.displayName", Object[].class)
                .setParameter("patients", alerts.stream().map(a -> a.getPatient().getId()).distinct().toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toCollection(ArrayList::new))));
        return alerts.stream()
                .map(a -> WarningSign.of(a, true, clinicians.getOrDefault(a.getPatient().getId(), List.of())))
                .toList();
    }

    /** How many warning signs of the whole clinic are overdue: the administrators' badge. */
    @RolesAllowed(ADMIN)
    public long overdueCount() {
        return em.createNamedQuery(RedFlagAlert.COUNT_OPEN_RAISED_BEFORE, Long.class)
                .setParameter("cutoff", calendar.now().minus(limit()))
                .getSingleResult();
    }

    /**
     * How long a warning sign may wait for its review before it is overdue: a setting, no patient data, so also for
     * the portal's own overdue check, which runs with no caller.
     */
    @PermitAll
    public Duration limit() {
        return Duration.ofMinutes(escalateMinutes);
    }

    /**
     * What follows a warning sign at once: every clinician of the patient gets an email (written to the outbox in
     * this transaction, so the alert and its emails stand or fall together), and the log says so.
     */
    private void raised(RedFlagAlert alert) {
        for (Account clinician : alert.getPatient().getClinicians()) {
            if (clinician.isEnabled()) {
                outbox.write(clinician, MailKind.WARNING_SIGN_REPORTED, "/clinician/warnings/index.xhtml");
            }
        }
        logRaised(alert);
    }

    private static void logRaised(RedFlagAlert alert) {
        Account patient = alert.getPatient();
        LOG.warning(() -> "Warning sign " + alert.getId() + " (" + alert.getUrgency() + ") reported by patient "
                + patient.getId());
    }
}
