package clinic.portal.ejb.patient;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of a clinician's patient list.
 *
 * @param programmeSince the start of the programme running today, or null when none runs
 */
public record PatientSummary(long id, String username, String displayName, boolean enabled, LocalDate programmeSince) implements Serializable {

    public boolean hasProgramme() {
        return programmeSince != null;
    }
}
