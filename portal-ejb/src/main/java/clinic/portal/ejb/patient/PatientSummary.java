package clinic.portal.ejb.patient;

import java.time.LocalDate;

/**
 * One line of a clinician's patient list.
 *
 * @param programmeSince the start of the programme running today, or null when none runs
 * @param openRedFlags   red-flag reports no clinician has reviewed yet
 */
public record PatientSummary(long id, String username, String displayName, boolean enabled, LocalDate programmeSince,
                             long openRedFlags) {

    public boolean hasRedFlag() {
        return openRedFlags > 0;
    }

    public boolean hasProgramme() {
        return programmeSince != null;
    }
}
