package clinic.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * While the database cannot be reached, a page answers 503 with {@code Retry-After} and a plain "try again in a
 * moment" page that needs no database (not the portal's layout, whose navigation counts things in it), never a 500.
 * (The API's own failures are mapped by {@code ProblemMapper}; a sign-in check that fails for the same reason, by
 * {@code PortalAuthentication}.)
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            DatabaseOutage.answer(request, response, failure);
        }
    }
}
