package clinic.portal.ejb.patient;

import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.programme.PastProgramme;

import java.io.Serializable;
import java.util.List;

/**
 * The programme part of one patient's record.
 *
 * @param current the programme running today (or the next to start), with its revisions and exercises loaded, for
 *                the shared programme view; read-only; null if none
 * @param past    programmes that ran and are over, newest first
 */
public record PatientProgramme(PatientOverview.Contact patient, Programme current, List<PastProgramme> past)
        implements RecordPart, Serializable {
}
