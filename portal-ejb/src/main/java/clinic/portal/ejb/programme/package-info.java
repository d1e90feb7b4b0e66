/**
 * Templates and programmes: clinicians write plans, assign them to their own patients and change them with
 * dated revisions; patients read their own. Every method checks, through
 * {@link clinic.portal.ejb.patient.CareTeam}, that the caller may see the patient.
 */
package clinic.portal.ejb.programme;
