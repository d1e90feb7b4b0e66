package clinic.portal.web.clinician;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.patient.PatientSummary;
import clinic.portal.ejb.review.ReviewService;
import clinic.portal.ejb.review.ReviewedPatient;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code /clinician/index.xhtml}: the clinician's own patients, searchable, with today's programme and what
 * needs their review; patients with the most urgent reasons come first.
 */
@Named
@ViewScoped
public class MyPatients implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    private String search;
    // What the list shows is read from the database and never travels with the session: a node that loads this view
    // from another reads it again (a clinician's list is read on every search anyway).
    private transient List<PatientSummary> patients;
    private transient Map<Long, Set<ReviewFlag>> flags;

    public void find() {
        List<ReviewedPatient> found = reviews.myPatients(search);
        patients = found.stream().map(ReviewedPatient::patient).toList();
        flags = found.stream().collect(Collectors.toMap(r -> r.patient().id(), ReviewedPatient::flags));
    }

    public Set<ReviewFlag> flagsOf(PatientSummary patient) {
        if (flags == null) {
            find();
        }
        return flags.getOrDefault(patient.id(), Set.of());
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
