package clinic.portal.ejb.patient;

import clinic.portal.ejb.outcome.OutcomeTrack;

import java.io.Serializable;
import java.util.List;

/**
 * The questionnaires part of one patient's record.
 *
 * @param tracks the outcome questionnaires asked or answered, with their scores over time
 */
public record PatientOutcomes(PatientOverview.Contact patient, List<OutcomeTrack> tracks)
        implements RecordPart, Serializable {
}
