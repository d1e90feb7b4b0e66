/**
 * Walk reminders by email: the patient's times ({@link clinic.portal.ejb.reminder.WalkReminders}), sent by a check
 * every minute on every node ({@link clinic.portal.ejb.reminder.ReminderSchedule}) only when that walk is missing,
 * and stopped with one click from the email ({@link clinic.portal.ejb.mail.LinkSigner} signs the link).
 */
package clinic.portal.ejb.reminder;
