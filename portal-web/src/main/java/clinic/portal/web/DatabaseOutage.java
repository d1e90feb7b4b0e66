package clinic.portal.web;

import clinic.portal.web.api.Problem;
import clinic.portal.web.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether a failure means the database cannot be reached (a restart, a network cut, a pool that cannot open a
 * connection) rather than a fault of the portal: the answer is then 503 with {@code Retry-After}, never a 500.
 * Recognised along the whole cause chain: JDBC's connection exceptions, SQL states of class 08 (connection
 * exception) and PostgreSQL's 57P01–57P03 (the server shutting down or starting) and 55000 at connect ("not
 * currently accepting connections"), Payara's pool failing to allocate a connection, and the transaction manager's
 * {@link jakarta.transaction.SystemException}: it throws one, without a cause, when the connection a transaction
 * holds dies as it commits or rolls back (seen when PostgreSQL restarted under load, FaultIT), so whether the work
 * was kept is unknown, and the answer that is true is "try again" (the API's writes are idempotent by key).
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    private static final String PAGE = "/WEB-INF/errorpages/unavailable.html";

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    /**
     * Answers 503 with {@code Retry-After}: a problem document to the API, the static "back in a moment" page (which
     * needs nothing from the database) to everyone else.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        LOG.log(Level.WARNING, "The database cannot be reached: answered 503 to {0} ({1})",
                new Object[]{request.getRequestURI(), String.valueOf(failure)});
        try {
            // reset(), not resetBuffer(): a page may have taken the writer already, and the answer is written anew.
            response.reset();
            SecurityHeaders.apply(request, response);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getOutputStream().write(Problem.unavailableJson().getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setContentType("text/html;charset=UTF-8");
            try (InputStream page = request.getServletContext().getResourceAsStream(PAGE)) {
                response.getOutputStream().write(page == null
                        ? "Please try again in a moment.".getBytes(StandardCharsets.UTF_8) : page.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static boolean causedBy(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || "55000".equals(state)
                        && String.valueOf(sql.getMessage()).contains("accepting connections")) {
                    return true;
                }
            }
            if (t instanceof jakarta.transaction.SystemException) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith("PoolingException") || type.equals("jakarta.resource.ResourceException")
                    && String.valueOf(t.getMessage()).contains("allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}
