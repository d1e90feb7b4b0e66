package clinic.portal.web.clinician.patients;

import clinic.portal.ejb.outcome.OutcomeTrack;
import clinic.portal.ejb.patient.PatientOutcomes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /clinician/patients/outcomes.xhtml?id=…}: the questionnaires one of the clinician's patients is asked
 * or answered, with their scores over time, and the form to ask one ({@link clinic.portal.web.outcome.AskQuestionnaire}).
 * View-scoped: the "Ask" and "Stop asking" buttons post back to it and need the patient they belong to.
 */
@Named
@ViewScoped
public class OutcomesTab extends RecordTab<PatientOutcomes> {

    private static final long serialVersionUID = 1L;

    @Override
    protected PatientOutcomes read(long patientId) {
        return patients.outcomes(patientId);
    }

    /** The tab's own address, to come back to after asking or stopping. */
    public String getSelf() {
        return "/clinician/patients/outcomes.xhtml?id=" + getId();
    }

    public List<OutcomeTrack> getTracks() {
        return record().tracks();
    }
}
