package clinic.portal.web.mail;

import clinic.portal.domain.mail.MailKind;
import clinic.portal.ejb.mail.EmailStops;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The address in an email's {@code List-Unsubscribe} header. A mail program's one-click {@code POST} (RFC 8058)
 * stops that kind of email at once; a person's click ({@code GET}, which mail scanners also send, so it changes
 * nothing) opens a page that asks them to confirm.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmailStops stops;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MailKind> stopped = stops.stop(request.getParameter("token"));
        response.setStatus(stopped.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(stopped.isPresent() ? "Stopped.\n" : "This link does not work.\n");
    }
}
