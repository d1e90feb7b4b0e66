package clinic.portal.web.security;

import clinic.portal.web.Texts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Turns away a page form posted without the nonce PrimeFaces puts in every form it sends: such a post does not come
 * from the portal's own page (a forged or hand-made request). PrimeFaces would otherwise fail on it while rendering,
 * even its error page, with a 500 cut off after 512 bytes. The answer is a short 400 page that says what to do.
 */
@WebFilter(servletNames = "FacesServlet")
public class FacesPostGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !isNonce(request.getParameter(NONCE))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String title = escape(Texts.get(request.getLocale(), "error.badForm.title"));
            String text = escape(Texts.get(request.getLocale(), "error.badForm.text"));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + request.getLocale().getLanguage()
                    + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main><h1>"
                    + title + "</h1><p>" + text + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                    + escape(Texts.get(request.getLocale(), "error.home")) + "</a></p></main></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The page's words come from the portal's own bundle; escaped all the same. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** PrimeFaces' own rule: the Base64 of a UUID. */
    static boolean isNonce(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
