/**
 * Adherence for a patient and a window: the schedule from their programmes (revisions respected), the daily
 * totals from one SQL aggregate over the indexed (patient, day) columns, and the rules of
 * {@link clinic.portal.domain.adherence.Adherence} applied to both.
 */
package clinic.portal.ejb.adherence;
