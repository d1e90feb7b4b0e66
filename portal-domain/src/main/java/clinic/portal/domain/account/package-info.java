/**
 * People who sign in to the portal: their {@link clinic.portal.domain.account.Account}, its
 * {@link clinic.portal.domain.account.Role}, and the rules of signing in (lock-out, password policy).
 * <p>
 * Passwords never appear here in clear: an account holds only the hash Jakarta Security produced,
 * and never hands it out except to a {@link clinic.portal.domain.account.Account.PasswordCheck}.
 */
package clinic.portal.domain.account;
