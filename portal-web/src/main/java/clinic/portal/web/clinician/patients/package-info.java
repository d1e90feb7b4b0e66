/**
 * {@code /clinician/patients/}: the clinician's record of one patient, in tabs (overview, progress, questionnaires,
 * programme; each a page of its own read by its own boundary call), and the programme editor.
 */
package clinic.portal.web.clinician.patients;
