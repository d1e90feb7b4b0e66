package clinic.portal.ejb.review;

import clinic.portal.domain.review.Review;
import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.patient.CareTeam;
import clinic.portal.ejb.patient.PatientSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;

/**
 * The review flags of a clinician's patients. However many patients are asked for, it takes the same few queries:
 * the ownership check, the programmes of the last week (their patients, revisions and plans batch-fetched with {@code IN}),
 * the open red flags, one aggregate of the last two weeks of sessions per patient, day and exercise, and one of each
 * patient's pain over the first week of their programme (their baseline).
 */
@Stateless
@RolesAllowed(CLINICIAN)
public class ReviewService {

    /** At most this many patients at once: a clinician's list, not the clinic. */
    public static final int MAX_PATIENTS = 1000;

    @Inject
    private CareTeam careTeam;

    @Inject
    private ReviewFlags reviewFlags;

    /**
     * The flags of each of the caller's patients given, in the order given (an empty set: nothing to review).
     *
     * @throws clinic.portal.ejb.NotFoundException when any of the patients is not the caller's
     */
    public Map<Long, Set<ReviewFlag>> flags(@NotNull @Size(max = MAX_PATIENTS) Collection<Long> patientIds) {
        List<Long> ids = patientIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        careTeam.requireMyPatients(ids);
        return reviewFlags.of(ids);
    }

    /**
     * The clinician's patient list as one use case: their patients whose name or username contains the text, each
     * with what needs a look, most urgent first (then by name), in one transaction and a fixed number of queries.
     */
    public List<ReviewedPatient> myPatients(String text) {
        List<PatientSummary> patients = careTeam.myPatients(text);
        Map<Long, Set<ReviewFlag>> flags = flags(patients.stream().map(PatientSummary::id).toList());
        return patients.stream()
                .map(p -> new ReviewedPatient(p, flags.getOrDefault(p.id(), Set.of())))
                .sorted(java.util.Comparator.comparing(ReviewedPatient::flags, Review.MOST_URGENT_FIRST))
                .toList();
    }

    /** The flags of one of the caller's patients. */
    public Set<ReviewFlag> flags(long patientId) {
        return flags(List.of(patientId)).get(patientId);
    }
}
