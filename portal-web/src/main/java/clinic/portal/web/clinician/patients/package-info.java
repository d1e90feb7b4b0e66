/** {@code /clinician/patients/}: one patient's page and their programme editor. */
package clinic.portal.web.clinician.patients;
