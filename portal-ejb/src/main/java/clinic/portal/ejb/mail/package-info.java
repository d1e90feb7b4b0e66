/**
 * Email: the outbox ({@link clinic.portal.ejb.mail.Outbox}: written with the event, read and retried by
 * administrators), its delivery over SMTP ({@link clinic.portal.ejb.mail.MailSender}, run every
 * {@code PORTAL_MAIL_SENDER_INTERVAL_SECONDS} on every node by {@link clinic.portal.ejb.mail.MailSchedule}, each
 * message claimed by one sender at a time), and the mail server's settings ({@link clinic.portal.ejb.mail.MailSettings}).
 */
package clinic.portal.ejb.mail;
