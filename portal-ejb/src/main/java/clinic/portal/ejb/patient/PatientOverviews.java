package clinic.portal.ejb.patient;

import clinic.portal.domain.account.Account;
import clinic.portal.domain.audit.AuditAction;
import clinic.portal.ejb.adherence.AdherenceService;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.audit.AuditTrail;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.ejb.log.SessionSummary;
import clinic.portal.ejb.outcome.OutcomeService;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;

/**
 * The clinician's record of one patient, one use case per part of it (the overview, progress, questionnaires,
 * programme) and the progress report: each one transaction, in which the ownership check runs once ({@link CareTeam}
 * remembers it for the transaction) and each piece is read by the service that owns it.
 */
@Stateless
@RolesAllowed(CLINICIAN)
public class PatientOverviews {

    /** How many days of sessions the page lists. */
    public static final int RECENT_DAYS = 14;

    /** The longest window a progress report covers, in days. */
    public static final int REPORT_MAX_DAYS = 366;

    /** Rule keys of a report's window: its first day after its last, its last day in the future, too long. */
    public static final String REPORT_ORDER = "report.violation.ORDER";
    public static final String REPORT_FUTURE = "report.violation.FUTURE";
    public static final String REPORT_TOO_LONG = "report.violation.TOO_LONG";

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
    private OutcomeService outcomes;

    @Inject
    private ClinicCalendar calendar;

    /**
     * The overview of one of the caller's patients' record: contact, review flags, warning signs, adherence, the last
     * {@value #RECENT_DAYS} days' sessions and since when a programme runs. Opening it is audited (who read which
     * record, when), as is each of the record's other parts.
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone who is not the caller's patient
     */
    public PatientOverview overview(long patientId) {
        Account patient = open(patientId, "patient page");
        LocalDate today = calendar.today();
        return new PatientOverview(contact(patient),
                programmes.currentStart(patientId).orElse(null),
                adherence.recent(patientId),
                warningSigns.ofPatient(patientId),
                reviews.flags(patientId),
                sessions.list(patientId, today.minusDays(RECENT_DAYS - 1L), today).stream()
                        .map(s -> SessionSummary.of(s, today))
                        .toList());
    }

    /**
     * The progress part of one of the caller's patients' record: the last 30 days against what was prescribed.
     * Audited.
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone who is not the caller's patient
     */
    public PatientProgress progress(long patientId) {
        Account patient = open(patientId, "progress");
        return new PatientProgress(contact(patient), adherence.lastThirtyDays(patientId));
    }

    /**
     * The questionnaires part of one of the caller's patients' record: each questionnaire asked or answered, with
     * its scores. Audited.
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone who is not the caller's patient
     */
    public PatientOutcomes outcomes(long patientId) {
        Account patient = open(patientId, "questionnaires");
        return new PatientOutcomes(contact(patient), outcomes.outcomes(patientId));
    }

    /**
     * The programme part of one of the caller's patients' record: the current (or next) programme with its
     * revisions, and the programmes that are over. Audited.
     *
     * @throws clinic.portal.ejb.NotFoundException for anyone who is not the caller's patient
     */
    public PatientProgramme programme(long patientId) {
        Account patient = open(patientId, "programme");
        return new PatientProgramme(contact(patient), programmes.findCurrent(patientId).orElse(null),
                programmes.past(patientId));
    }

    /**
     * One of the caller's patients' progress over the days from {@code from} to {@code to} (both included, at most
     * {@value #REPORT_MAX_DAYS}, none in the future), for the report a clinician downloads. Audited.
     *
     * @throws RuleViolation for a window out of order, in the future or too long
     */
    public ProgressReport report(long patientId, @NotNull LocalDate from, @NotNull LocalDate to) {
        if (from.isAfter(to)) {
            throw new RuleViolation(REPORT_ORDER, "reportFrom");
        }
        if (to.isAfter(calendar.today())) {
            throw new RuleViolation(REPORT_FUTURE, "reportTo");
        }
        if (ChronoUnit.DAYS.between(from, to) >= REPORT_MAX_DAYS) {
            throw new RuleViolation(REPORT_TOO_LONG, "reportFrom", REPORT_MAX_DAYS);
        }
        Account patient = careTeam.requireMyPatient(patientId);
        audit.record(AuditAction.PROGRESS_REPORT_DOWNLOADED, patient, from + " to " + to);
        return new ProgressReport(contact(patient),
                patient.getClinicians().stream().map(Account::getDisplayName).sorted().toList(),
                programmes.findCurrent(patientId).orElse(null), from, to, adherence.report(patientId, from, to), outcomes.outcomes(patientId),
                warningSigns.ofPatientBetween(patientId, from, to));
    }

    /** The ownership check (remembered for the transaction) and the audit line of reading a part of the record. */
    private Account open(long patientId, String part) {
        Account patient = careTeam.requireMyPatient(patientId);
        audit.record(AuditAction.PATIENT_RECORD_VIEWED, patient, part);
        return patient;
    }

    private static PatientOverview.Contact contact(Account patient) {
        return new PatientOverview.Contact(patient.getId(), patient.getDisplayName(), patient.getEmail(),
                patient.getPhone());
    }
}
