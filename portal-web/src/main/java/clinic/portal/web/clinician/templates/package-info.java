/** {@code /clinician/templates/}: reusable programmes and their editor. */
package clinic.portal.web.clinician.templates;
