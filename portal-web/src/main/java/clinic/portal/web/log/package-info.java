/**
 * Sessions as files: a patient's whole record of sessions as CSV, for the patient and for their clinicians.
 */
package clinic.portal.web.log;
