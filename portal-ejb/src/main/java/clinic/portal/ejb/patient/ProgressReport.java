package clinic.portal.ejb.patient;

import clinic.portal.domain.programme.Programme;
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
 * @param clinicians the patient's clinicians, by name
 * @param programme  the programme running today (or the next to start), loaded; null when there is none
 */
public record ProgressReport(PatientOverview.Contact patient, List<String> clinicians, Programme programme,
                             LocalDate from, LocalDate to,
                             AdherenceReport adherence, List<OutcomeTrack> outcomes, List<WarningSign> warnings) {
}
