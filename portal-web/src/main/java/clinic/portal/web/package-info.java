/**
 * The portal's web front: Faces pages and their backing beans, packaged to mirror the URLs
 * ({@code /admin/accounts/create.xhtml} is {@code admin.accounts.CreateAccount}), plus the security
 * mechanism and health checks.
 * <p>
 * Backing beans stay thin: they collect input, call one service and say what happened, by message key.
 * Rules and queries belong in the services.
 */
package clinic.portal.web;
