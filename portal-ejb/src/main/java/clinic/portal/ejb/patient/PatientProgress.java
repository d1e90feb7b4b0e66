package clinic.portal.ejb.patient;

import clinic.portal.ejb.adherence.DayOfProgress;

import java.io.Serializable;
import java.util.List;

/**
 * The progress part of one patient's record.
 *
 * @param days the last 30 days, day by day, against what was prescribed, oldest first
 */
public record PatientProgress(PatientOverview.Contact patient, List<DayOfProgress> days)
        implements RecordPart, Serializable {
}
