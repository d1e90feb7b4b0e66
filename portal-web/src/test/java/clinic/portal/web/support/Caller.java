package clinic.portal.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Test-only: makes the current in-container test request act as a given person, through the same Jakarta
 * Security mechanism and identity store as the login page, so {@code @RolesAllowed} and ownership checks
 * see a real caller.
 */
public final class Caller {

    private Caller() {
    }

    public static void signIn(String username, String password) {
        HttpServletRequest request = CurrentExchange.request();
        signOut();
        AuthenticationStatus status = CDI.current().select(SecurityContext.class).get()
                .authenticate(request, CurrentExchange.response(), withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + status);
        }
    }

    public static void signOut() {
        HttpServletRequest request = CurrentExchange.request();
        if (request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void admin() {
        signIn("admin", "admin-demo-password");
    }
}
