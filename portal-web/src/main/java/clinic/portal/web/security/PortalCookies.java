package clinic.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's own cookies (a remembered device, the page to return to after signing in, the language chosen before
 * signing in), made alike: for the portal's path only, {@code HttpOnly} (no script reads them), {@code SameSite=Lax},
 * and {@code Secure} over TLS or when the public address is https (TLS ended by a proxy).
 */
@ApplicationScoped
public class PortalCookies {

    @Inject
    private PublicAddress publicAddress;

    /**
     * A cookie to add to the response.
     *
     * @param maxAge seconds it lasts; {@code -1} until the browser closes, {@code 0} removes it
     */
    public Cookie create(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || publicAddress.isHttps());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
