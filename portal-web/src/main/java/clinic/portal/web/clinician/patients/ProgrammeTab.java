package clinic.portal.web.clinician.patients;

import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.patient.PatientProgramme;
import clinic.portal.ejb.programme.PastProgramme;
import clinic.portal.web.programme.DoseWords;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /clinician/patients/plan.xhtml?id=…}: the programme one of the clinician's patients follows, phase by
 * phase, with its history of changes, and the programmes that are over. View-scoped like every tab: a postback (the
 * sign-out and language forms are on every page) decides what is rendered before the address's id reaches a
 * request-scoped bean, which would then read no patient.
 */
@Named
@ViewScoped
public class ProgrammeTab extends RecordTab<PatientProgramme> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    private transient ProgrammeView current;

    @Override
    protected PatientProgramme read(long patientId) {
        return patients.programme(patientId);
    }

    @Override
    protected void loaded(PatientProgramme record) {
        current = record.current() == null ? null : ProgrammeView.of(record.current(), calendar.today(), words);
    }

    /** The programme running today (or the next to start), as the shared programme view shows it; null if none. */
    public ProgrammeView getCurrent() {
        record();
        return current;
    }

    public List<PastProgramme> getPast() {
        return record().past();
    }
}
