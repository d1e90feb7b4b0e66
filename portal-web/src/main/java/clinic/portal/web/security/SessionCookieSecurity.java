package clinic.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when the portal's public address is https. Otherwise Payara sets it per
 * request (over TLS only); {@code SameSite=Lax} comes from {@code payara-web.xml}, because Payara does not apply
 * web.xml's cookie attributes to its session cookie.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    @Inject
    private PublicAddress publicAddress;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (publicAddress.isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
