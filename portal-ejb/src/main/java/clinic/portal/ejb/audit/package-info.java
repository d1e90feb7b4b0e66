/**
 * The audit trail as a service: every service that changes an account, a care team, a programme or the clinical
 * record writes its line in the same transaction as the change, and administrators read the trail a page at a time.
 */
package clinic.portal.ejb.audit;
