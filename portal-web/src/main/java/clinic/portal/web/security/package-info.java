/**
 * How people sign in and what they may open: the Jakarta Security form mechanism, the identity store over
 * the account table, the forced change of a temporary password, and "403 is shown as 404".
 */
package clinic.portal.web.security;
