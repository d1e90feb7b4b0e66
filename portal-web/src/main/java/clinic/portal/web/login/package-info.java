/** Signing in ({@code /login.xhtml}) and out, and the landing page ({@code /index.xhtml}) that sends each role home. */
package clinic.portal.web.login;
