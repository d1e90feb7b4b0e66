package clinic.portal.ejb.patient;

import clinic.portal.ejb.adherence.RecentAdherence;

import java.io.Serializable;

/** The progress part of one patient's record: the last 30 days, day by day, against what was prescribed. */
public record PatientProgress(PatientOverview.Contact patient, RecentAdherence adherence)
        implements RecordPart, Serializable {
}
