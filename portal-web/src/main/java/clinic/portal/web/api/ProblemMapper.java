package clinic.portal.web.api;

import clinic.portal.web.DatabaseOutage;

import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of the API into a problem document: 400 for invalid input (with the fields), 401/403 for
 * who may call, 404 for what is not the caller's, 409 for stale or conflicting writes, 503 with {@code Retry-After}
 * while the database cannot be reached. Anything unforeseen is a 500 that says nothing of the code; its cause goes
 * to the log only.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(thrown, security.getUserPrincipal() != null);
    }

    /** The problem document for a failure; {@code signedIn} tells 403 from 401. */
    static Response problemFor(Throwable thrown, boolean signedIn) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ConstraintViolationException invalid) {
            Problem problem = Problem.ofKey(Response.Status.BAD_REQUEST, "api.invalid");
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                problem.field(field(violation.getPropertyPath()), violation.getMessage());
            }
            return problem.response();
        }
        if (cause instanceof NotFoundException) {
            return Problem.ofKey(Response.Status.NOT_FOUND, "api.notFound").response();
        }
        if (cause instanceof RuleViolation rule) {
            Response.Status status = rule.messageKey().endsWith(".stale") || rule.messageKey().endsWith(".conflict")
                    ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
            Problem problem = Problem.ofKey(status, rule.messageKey(), rule.arguments());
            if (rule.field() != null) {
                problem.field(rule.field(), Problem.text(rule.messageKey(), rule.arguments()));
            }
            return problem.response();
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return !signedIn
                    ? Problem.ofKey(Response.Status.UNAUTHORIZED, "api.unauthorized").response()
                    : Problem.ofKey(Response.Status.FORBIDDEN, "api.forbidden").response();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return Problem.ofKey(Response.Status.BAD_REQUEST, "api.unreadable").response();
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            String detail = web instanceof jakarta.ws.rs.BadRequestException && web.getMessage() != null
                    && !web.getMessage().startsWith("HTTP ") ? web.getMessage()
                    : status == null ? "The request cannot be processed." : status.getReasonPhrase();
            return Problem.of(status == null ? Response.Status.BAD_REQUEST : status, detail).response();
        }
        if (DatabaseOutage.causedBy(thrown)) {
            LOG.log(Level.WARNING, "The database cannot be reached: an API call answered 503 ({0})", String.valueOf(thrown));
            return Problem.unavailable();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return Problem.ofKey(Response.Status.INTERNAL_SERVER_ERROR, "api.failed").response();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (!(t instanceof EJBAccessException || t instanceof AccessLocalException)
                && (t instanceof EJBException || t instanceof ProcessingException && t.getCause() != null)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The JSON field of a violation: the last named node of its path ("record.arg0.minutes" is "minutes"). */
    private static String field(Path path) {
        String field = "";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("arg") && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                field = node.getName();
            }
        }
        return field;
    }
}
