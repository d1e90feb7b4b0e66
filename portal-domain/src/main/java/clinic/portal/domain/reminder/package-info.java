/** Walk reminders a patient asks for: {@link clinic.portal.domain.reminder.WalkReminder}. */
package clinic.portal.domain.reminder;
