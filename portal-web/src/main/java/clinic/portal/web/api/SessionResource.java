package clinic.portal.web.api;

import clinic.portal.domain.log.SessionEntry;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.ejb.RuleViolation;
import clinic.portal.ejb.log.Recorded;
import clinic.portal.ejb.log.SessionLogService;
import clinic.portal.web.warning.WarningAdvice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.util.List;

/**
 * The caller's sessions: record (idempotently), list by date, read, correct and delete within 14 days.
 * Application-scoped like the other resources: they hold no state of a request, so none is built per call.
 */
@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SessionResource {

    @Inject
    private SessionLogService sessions;

    @Inject
    private WarningAdvice advice;

    @POST
    public Response record(@NotNull @Valid SessionEntry entry,
                           @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        Recorded recorded = sessions.record(entry, idempotencyKey(key));
        SessionLog session = recorded.session();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.getId())).build())
                .tag(etag(session))
                .header("Idempotent-Replayed", recorded.created() ? null : "true")
                .entity(SessionView.of(session, advice))
                .build();
    }

    @GET
    public List<SessionView> list(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return sessions.listMine(from, to).stream().map(s -> SessionView.of(s, advice)).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        SessionLog session = sessions.getMineToCorrect(id);
        return Response.ok(SessionView.of(session, advice)).tag(etag(session)).build();
    }

    @PUT
    @Path("{id}")
    public Response correct(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid SessionEntry entry) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RuleViolation("api.ifMatch.required", "If-Match");
        }
        long version;
        try {
            version = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("api.ifMatch.required", "If-Match");
        }
        SessionLog session = sessions.correct(id, version, entry);
        return Response.ok(SessionView.of(session, advice)).tag(etag(session)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        sessions.delete(id);
        return Response.noContent().build();
    }

    /** The client's key for this recording: at most {@value SessionLog#KEY_MAX} visible ASCII characters. */
    private static String idempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String stripped = key.strip();
        if (stripped.length() > SessionLog.KEY_MAX || !stripped.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new RuleViolation("api.idempotencyKey", "Idempotency-Key", SessionLog.KEY_MAX);
        }
        return stripped;
    }

    private static EntityTag etag(SessionLog session) {
        return new EntityTag(String.valueOf(session.getVersion()));
    }
}
