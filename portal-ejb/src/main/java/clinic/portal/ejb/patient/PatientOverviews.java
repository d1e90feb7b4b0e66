package clinic.portal.ejb.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;

/**
 * The clinician's page of one patient as one use case: one transaction, in which the ownership check runs once
 * ({@link CareTeam} remembers it for the transaction) and each part is read by the service that owns it.
 */
@Stateless
@RolesAllowed(CLINICIAN)
public class PatientOverviews {

    /** How many days of sessions the page lists. */
    public static final int RECENT_DAYS = 14;

    @Inject
    private AuditTrail audit;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ProgrammeService programmes;

    @Inject
    private AdherenceService adherence;

    @Inject
    private WarningSignService warningSigns;

    @Inject
    private ReviewService reviews;

    @Inject
    private SessionLogService sessions;

    @Inject
    private ClinicCalendar calendar;

    /**
     * One of the caller's patients, as their page shows them. Opening it is audited (who read which record, when).
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone who is not the caller's patient
     */
    public PatientOverview overview(long patientId) {
        Account patient = careTeam.requireMyPatient(patientId);
        audit.record(AuditAction.PATIENT_RECORD_VIEWED, patient, "patient page");
        LocalDate today = calendar.today();
        List<Programme> history = programmes.history(patientId);
        return new PatientOverview(
                new PatientOverview.Contact(patient.getId(), patient.getDisplayName(), patient.getEmail(),
                        patient.getPhone()),
                programmes.findCurrent(patientId).orElse(null),
                history.stream().filter(p -> p.isPastOn(today))
                        .map(p -> new PatientOverview.PastProgramme(p.getStartDate(), p.getEndsOn().minusDays(1)))
                        .toList(),
                adherence.recent(patientId),
                warningSigns.ofPatient(patientId),
                reviews.flags(patientId),
                sessions.list(patientId, today.minusDays(RECENT_DAYS - 1L), today).stream()
                        .map(s -> SessionSummary.of(s, today))
                        .toList());
    }
}
