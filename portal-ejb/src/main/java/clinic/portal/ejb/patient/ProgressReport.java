package clinic.portal.ejb.patient;

import clinic.portal.ejb.adherence.AdherenceReport;
import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.warning.WarningSign;

import java.time.LocalDate;
import java.util.List;

/**
 * A clinician's progress report of one patient over a window of days, read in one call: adherence with the day
 * series behind the charts, the outcome questionnaires' scores (all of them, with the change against the first),
 * and the warning signs raised in the window with their review.
 *
 * @param programme  the name of the phase running on the window's last day, or null without a programme then
 * @param clinicians the patient's clinicians, by name
 */
public record ProgressReport(PatientOverview.Contact patient, List<String> clinicians, LocalDate from, LocalDate to,
                             AdherenceReport adherence, List<OutcomeTrack> outcomes, List<WarningSign> warnings) {
}
