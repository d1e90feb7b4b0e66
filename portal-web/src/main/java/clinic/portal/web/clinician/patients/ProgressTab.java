package clinic.portal.web.clinician.patients;

import clinic.portal.ejb.adherence.DayOfProgress;
import clinic.portal.ejb.patient.PatientProgress;
import clinic.portal.web.ProgressCharts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /clinician/patients/progress.xhtml?id=…}: the last 30 days of one of the clinician's patients against
 * what was prescribed (the pain and minutes charts and their table), and the progress report to download.
 * View-scoped: the report's form posts back to it and needs the patient it belongs to.
 */
@Named
@ViewScoped
public class ProgressTab extends RecordTab<PatientProgress> {

    private static final long serialVersionUID = 1L;

    @Override
    protected PatientProgress read(long patientId) {
        return patients.progress(patientId);
    }

    /** Minutes per day against what was prescribed, over the last 30 days. */
    public String getMinutesChart() {
        return ProgressCharts.minutes(getDays());
    }

    /** The pain trend: average pain before and after sessions, per day, over the last 30 days. */
    public String getPainChart() {
        return ProgressCharts.pain(getDays());
    }

    /** The last 30 days, day by day: the charts' figures, as a table for screen readers. */
    public List<DayOfProgress> getDays() {
        return record().days();
    }
}
