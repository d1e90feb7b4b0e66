/**
 * Patients as their clinicians see them: the list of one's own patients and the check, used by every service
 * that touches patient data, that the caller treats the patient.
 */
package clinic.portal.ejb.patient;
