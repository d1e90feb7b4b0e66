package clinic.portal.ejb.programme;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.PlanPhase;
import clinic.portal.domain.programme.Prescription;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.programme.ProgrammeRevision;
import clinic.portal.ejb.NotFoundException;
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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;
import static clinic.portal.domain.account.Role.Names.PATIENT;

/**
 * Programmes: a clinician assigns one to their own patient and changes it with dated revisions; the patient and
 * their clinicians read it. A patient has at most one programme running on any day: a new one ends the old one
 * the day it starts.
 */
@Stateless
public class ProgrammeService {

    private static final Logger LOG = Logger.getLogger(ProgrammeService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareTeam careTeam;

    @Inject
    private Plans plans;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private AuditTrail audit;

    @Inject
    private TemplateService templates;

    @Inject
    private PatientReviews patientReviews;

    /**
     * Assigns a programme to one of the caller's patients, ending any programme that runs on or after its start.
     *
     * @throws NotFoundException when the patient is not the caller's
     * @throws RuleViolation     when the start is in the past, or an exercise cannot be prescribed
     */
    @RolesAllowed(CLINICIAN)
    public Programme assign(long patientId, @NotNull LocalDate startDate,
                            @Size(max = Programme.NOTE_MAX) String note, @NotNull @Valid PlanDraft plan) {
        Account patient = careTeam.requireMyPatient(patientId);
        if (startDate.isBefore(calendar.today())) {
            throw new RuleViolation("programme.start.past", "startDate");
        }
        em.createNamedQuery(Programme.FIND_CURRENT_OR_NEXT, Programme.class)
                .setParameter("patient", patientId)
                .setParameter("day", startDate)
                .setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultList()
                .forEach(old -> old.endOn(startDate));
        Programme programme = Programme.assign(patient, careTeam.me(), startDate, note, plans.build(plan, List.of()),
                calendar.now());
        em.persist(programme);
        patientReviews.changed(patientId);
        audit.record(AuditAction.PROGRAMME_ASSIGNED, patient, "from " + startDate);
        LOG.info(() -> "Programme assigned to patient " + patientId + " from " + startDate + " by " + programme.getClinician().getUsername());
        return programme;
    }

    /**
     * Changes a programme from a date on, as a new revision; earlier days keep what was prescribed then.
     *
     * @param expectedVersion the version the clinician started editing from
     * @throws RuleViolation ({@code programme.stale}) when someone else changed the programme meanwhile
     */
    @RolesAllowed(CLINICIAN)
    public ProgrammeRevision revise(long programmeId, long expectedVersion, @NotNull LocalDate effectiveFrom,
                                    @Size(max = Programme.NOTE_MAX) String note, @NotNull @Valid PlanDraft plan) {
        Programme programme = getVisible(programmeId);
        careTeam.requireMyPatient(programme.getPatient().getId());
        if (programme.getVersion() != expectedVersion) {
            throw new RuleViolation("programme.stale", null);
        }
        LocalDate today = calendar.today();
        if (effectiveFrom.isBefore(today) || effectiveFrom.isBefore(programme.getStartDate())
                || effectiveFrom.isBefore(programme.latestRevision().getEffectiveFrom())) {
            throw new RuleViolation("programme.effectiveFrom.past", "effectiveFrom");
        }
        if (programme.getEndsOn() != null && !effectiveFrom.isBefore(programme.getEndsOn())) {
            throw new RuleViolation("programme.ended", "effectiveFrom");
        }
        em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        ProgrammeRevision revision = programme.revise(
                plans.build(plan, Plans.exerciseIds(programme.latestRevision().getPlan())),
                effectiveFrom, note, careTeam.me(), today, calendar.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RuleViolation("programme.stale", null);
        }
        patientReviews.changed(programme.getPatient().getId());
        audit.record(AuditAction.PROGRAMME_REVISED, programme.getPatient(),
                "revision " + revision.getNumber() + " from " + effectiveFrom);
        return revision;
    }

    /** A draft of the programme's latest plan, to change it. */
    @RolesAllowed(CLINICIAN)
    public PlanDraft draftOfLatest(long programmeId) {
        Programme programme = getVisible(programmeId);
        careTeam.requireMyPatient(programme.getPatient().getId());
        return PlanDraft.of(programme.latestRevision().getPlan(), true);
    }

    /**
     * The programme page of one of the caller's patients, in one call: the current programme to revise, or (when
     * there is none, or {@code assignNew}) a new one with the templates to start from.
     */
    @RolesAllowed(CLINICIAN)
    public ProgrammeEdit editing(long patientId, boolean assignNew) {
        Account patient = careTeam.requireMyPatient(patientId);
        audit.record(AuditAction.PATIENT_RECORD_VIEWED, patient, "programme editor");
        LocalDate today = calendar.today();
        Optional<Programme> current = assignNew ? Optional.empty() : findCurrent(patientId);
        if (current.isPresent()) {
            Programme programme = current.get();
            LocalDate latest = programme.latestRevision().getEffectiveFrom();
            return new ProgrammeEdit(patient.getDisplayName(), programme.getId(), programme.getVersion(),
                    programme.getNote(), today.isBefore(latest) ? latest : today,
                    PlanDraft.of(programme.latestRevision().getPlan(), true), List.of());
        }
        PlanDraft empty = new PlanDraft();
        empty.addPhase(null, null);
        return new ProgrammeEdit(patient.getDisplayName(), null, 0, null, today, empty, templates.list());
    }

    /** The programme running today, or else the next one to start; loaded with its revisions and exercises. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Optional<Programme> findCurrent(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        return loaded(em.createNamedQuery(Programme.FIND_CURRENT_OR_NEXT, Programme.class)
                .setParameter("patient", patientId)
                .setParameter("day", calendar.today())
                .setMaxResults(1))
                .stream().findFirst();
    }

    /**
     * The first day of the programme {@link #findCurrent} finds, read as one column: for a page that says whether and
     * since when the patient follows a programme without showing it.
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Optional<LocalDate> currentStart(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        return em.createNamedQuery(Programme.FIND_CURRENT_OR_NEXT_START, LocalDate.class)
                .setParameter("patient", patientId)
                .setParameter("day", calendar.today())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The patient's current (or next) programme for a printable handout, by the patient or one of their clinicians;
     * the download is a line of the audit trail.
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Optional<Programme> handout(long patientId) {
        Optional<Programme> programme = findCurrent(patientId);
        programme.ifPresent(p -> audit.record(AuditAction.HANDOUT_DOWNLOADED, p.getPatient(), "programme " + p.getId()));
        return programme;
    }

    /** The caller's own handout: {@link #handout(long)} for the patient themself. */
    @RolesAllowed(PATIENT)
    public Optional<Programme> handoutMine() {
        return handout(careTeam.me().getId());
    }

    /** The caller's own current (or next) programme. */
    @RolesAllowed(PATIENT)
    public Optional<Programme> findMine() {
        return findCurrent(careTeam.me().getId());
    }

    /** Every programme the patient has had, newest first, loaded with their revisions. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public List<Programme> history(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        return loaded(em.createNamedQuery(Programme.FIND_BY_PATIENT, Programme.class).setParameter("patient", patientId));
    }

    /**
     * The patient's programmes that are over, newest first: only their days, read as two columns (the page that lists
     * them has no use for their plans, which {@link #history} loads).
     */
    @RolesAllowed({CLINICIAN, PATIENT})
    public List<PastProgramme> past(long patientId) {
        careTeam.requireVisiblePatient(patientId);
        return em.createNamedQuery(Programme.FIND_PAST_SPANS, Object[].class)
                .setParameter("patient", patientId)
                .setParameter("day", calendar.today())
                .getResultStream()
                .map(span -> new PastProgramme((LocalDate) span[0], ((LocalDate) span[1]).minusDays(1)))
                .toList();
    }

    /** What was prescribed to the patient on a day, past or future, under the revision that applied that day. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public List<Prescription> prescribedOn(long patientId, @NotNull LocalDate day) {
        careTeam.requireVisiblePatient(patientId);
        return phaseOn(patientId, day).map(PlanPhase::getPrescriptions).orElse(List.of());
    }

    /** The phase the patient was (or will be) in on a day, if a programme runs then. */
    @RolesAllowed({CLINICIAN, PATIENT})
    public Optional<PlanPhase> phaseOn(long patientId, @NotNull LocalDate day) {
        careTeam.requireVisiblePatient(patientId);
        return loaded(em.createNamedQuery(Programme.FIND_ON_DAY, Programme.class)
                .setParameter("patient", patientId)
                .setParameter("day", day))
                .stream().findFirst()
                .flatMap(p -> p.phaseOn(day));
    }

    private Programme getVisible(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) {
            throw new NotFoundException("programme", programmeId);
        }
        careTeam.requireVisiblePatient(programme.getPatient().getId());
        return programme;
    }

    private static List<Programme> loaded(TypedQuery<Programme> query) {
        List<Programme> programmes = ProgrammeGraph.batched(query).getResultList();
        programmes.forEach(p -> p.getRevisions().forEach(r -> r.getPlan().getPhases()
                .forEach(phase -> phase.getPrescriptions().forEach(x -> x.getExercise().getName()))));
        return programmes;
    }
}
