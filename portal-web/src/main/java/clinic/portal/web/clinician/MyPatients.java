package clinic.portal.web.clinician;

import clinic.portal.domain.review.Review;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.patient.PatientSummary;
import clinic.portal.ejb.review.ReviewService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /clinician/index.xhtml}: the clinician's own patients, searchable, with today's programme and what
 * needs their review; patients with the most urgent reasons come first.
 */
@Named
@ViewScoped
public class MyPatients implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ReviewService reviews;

    private String search;
    private List<PatientSummary> patients;
    private Map<Long, Set<ReviewFlag>> flags;

    public void find() {
        List<PatientSummary> found = careTeam.myPatients(search);
        flags = reviews.flags(found.stream().map(PatientSummary::id).toList());
        patients = found.stream().sorted(Comparator.comparing(this::flagsOf, Review.MOST_URGENT_FIRST)).toList();
    }

    public Set<ReviewFlag> flagsOf(PatientSummary patient) {
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
