package clinic.portal.web.security;

import clinic.portal.domain.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The page a visitor asked for before signing in, to go back to after it: kept in a cookie that lasts until the
 * browser closes, not in an HTTP session. A request for a page without a session therefore costs the server no
 * memory (a client asking thousands of pages a second without signing in once filled the heap with sessions).
 * <p>
 * The cookie comes back from the client, so what it names is checked again when it is used: a path within the
 * portal (no scheme, no host, no {@code //} or backslash that a browser would read as another host), of a page the
 * signed-in role may open.
 */
@ApplicationScoped
public class ReturnTo {

    /** The cookie's name. */
    public static final String COOKIE = "portal-return";

    /** Longer paths are not kept (the person lands on their home page instead). */
    private static final int LONGEST = 1_000;

    @Inject
    private PortalCookies cookies;

    /** Keeps the page (a path with its query, within the portal) to return to after signing in. */
    public void keep(HttpServletRequest request, HttpServletResponse response, String page) {
        if (page.length() <= LONGEST) {
            response.addCookie(cookies.create(request, COOKIE, URLEncoder.encode(page, StandardCharsets.UTF_8), -1));
        }
    }

    /**
     * The page kept for this browser if the role may open it, as a path within the portal; the cookie is removed
     * either way.
     */
    public Optional<String> take(HttpServletRequest request, HttpServletResponse response, Role role) {
        // OmniFaces reads the value URL-decoded.
        String page = Servlets.getRequestCookie(request, COOKIE);
        if (page == null) {
            return Optional.empty();
        }
        response.addCookie(cookies.create(request, COOKIE, "", 0));
        String context = request.getContextPath();
        if (!page.startsWith(context + "/") || !isLocal(page)) {
            return Optional.empty();
        }
        String path = page.substring(context.length());
        return Homes.opens(role, path) ? Optional.of(path) : Optional.empty();
    }

    /** A path and query only: nothing a browser could take for another host. */
    static boolean isLocal(String page) {
        if (page.startsWith("//") || page.indexOf('\\') >= 0 || page.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(page);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
