/**
 * Accounts and signing in: the administrator's account management, everyone's own password, and the
 * sign-in check behind the Jakarta Security identity store.
 * <p>
 * Password hashing is Jakarta Security's {@code Pbkdf2PasswordHash}; nothing here logs or returns a
 * password or a hash.
 */
package clinic.portal.ejb.account;
