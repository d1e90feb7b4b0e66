package clinic.portal.ejb.review;

import clinic.portal.domain.review.ReviewFlag;
import clinic.portal.ejb.patient.PatientSummary;

import java.util.Set;

/** One line of a clinician's patient list with what needs their review (empty: nothing). */
public record ReviewedPatient(PatientSummary patient, Set<ReviewFlag> flags) {
}
