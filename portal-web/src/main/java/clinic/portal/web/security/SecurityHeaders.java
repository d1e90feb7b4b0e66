package clinic.portal.web.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side defences every answer carries: no framing by other sites (clickjacking), no guessing of content
 * types, no referrer sent to other sites, no camera, microphone or location. Pages and API answers hold patient data,
 * so they are never stored by a browser or a proxy (a clinic's shared computer keeps nothing after sign-out); the
 * pages' scripts and styles stay cacheable. Over TLS, browsers are told to keep to it.
 * <p>
 * Applied by {@link PortalAuthentication}, which the container calls first for every request, before any filter:
 * so the sign-in redirects, the API's 401s and the 404 that stands for a 403 carry them too.
 */
public final class SecurityHeaders {

    /**
     * For every answer: no framing, no plugins, no other base URL, forms post only to the portal. Pages add their
     * full policy (web.xml, {@code primefaces.CSP_POLICY}); both are enforced.
     */
    static final String NOT_A_PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + ResourceHandler.RESOURCE_IDENTIFIER)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
