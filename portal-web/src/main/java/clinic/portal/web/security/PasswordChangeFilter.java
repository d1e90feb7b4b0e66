package clinic.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;

import java.io.IOException;

/**
 * Someone who signed in with a temporary password sees nothing but the change-password page until they
 * have chosen their own. Page resources and signing out stay reachable.
 */
@WebFilter(filterName = "PasswordChangeFilter", urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";

    public static void require(HttpSession session) {
        session.setAttribute(REQUIRED, Boolean.TRUE);
    }

    public static boolean isRequired(HttpSession session) {
        return session.getAttribute(REQUIRED) != null;
    }

    public static void done(HttpSession session) {
        session.removeAttribute(REQUIRED);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && isRequired(session) && !allowed(request)) {
            Servlets.facesRedirect(request, response, request.getContextPath() + Homes.CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(Homes.CHANGE_PASSWORD) || path.equals(Homes.LOGIN)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
