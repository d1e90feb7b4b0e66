/** Emails from the person's side: stopping a kind of email from the one-click link in it, with or without signing in. */
package clinic.portal.web.mail;
