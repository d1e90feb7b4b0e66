/**
 * Email the portal sends: each message written to an outbox in the transaction of the event that causes it, then
 * delivered by a sender with retries ({@link clinic.portal.domain.mail.OutboxMessage}).
 */
package clinic.portal.domain.mail;
