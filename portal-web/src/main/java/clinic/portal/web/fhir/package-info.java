/**
 * A patient's record as an HL7 FHIR R4 {@code Bundle}, built with HAPI FHIR's R4 model
 * ({@link clinic.portal.web.fhir.PatientBundle}) and served by {@code api/FhirResource}.
 */
package clinic.portal.web.fhir;
