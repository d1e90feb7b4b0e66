/**
 * Patients record, correct and delete their sessions (within 14 days, deletions kept as such), with
 * idempotent recording, and red flags raise alerts for their clinicians.
 */
package clinic.portal.ejb.log;
