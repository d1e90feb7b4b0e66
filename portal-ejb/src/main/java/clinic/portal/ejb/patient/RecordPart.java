package clinic.portal.ejb.patient;

/** A part of the clinician's record of one patient, as one boundary call reads it: it says whom it is about. */
public interface RecordPart {

    /** Who the record is about and how to reach them. */
    PatientOverview.Contact patient();
}
