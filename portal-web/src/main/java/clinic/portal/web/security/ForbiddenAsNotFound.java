package clinic.portal.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The error page for 403: a signed-in person opening another role's page is told it does not exist, with a
 * real 404, so the portal gives no hint of what lies behind another role's URLs. It sends the error rather than
 * forwarding to the 404 page itself: the container then renders its 404 page as for any missing page (a forward here
 * made it try a second error page on a committed response, and log a warning each time).
 */
@WebServlet(name = "ForbiddenAsNotFound", urlPatterns = ForbiddenAsNotFound.PATH)
public class ForbiddenAsNotFound extends HttpServlet {

    public static final String PATH = "/errors/forbidden";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
