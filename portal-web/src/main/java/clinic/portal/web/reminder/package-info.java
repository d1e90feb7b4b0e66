/** Stopping walk reminders from the link in one, with or without signing in. */
package clinic.portal.web.reminder;
