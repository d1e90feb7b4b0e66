package clinic.portal.web.clinician;

import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.patient.PatientSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs {@code /clinician/index.xhtml}: the clinician's own patients, searchable, with today's programme. */
@Named
@ViewScoped
public class MyPatients implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareTeam careTeam;

    private String search;
    private List<PatientSummary> patients;

    public void find() {
        patients = careTeam.myPatients(search);
    }

    public List<PatientSummary> getPatients() {
        if (patients == null) {
            find();
        }
        return patients;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
