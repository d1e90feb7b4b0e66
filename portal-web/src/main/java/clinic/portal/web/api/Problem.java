package clinic.portal.web.api;

import clinic.portal.web.DatabaseOutage;

import clinic.portal.web.JsonFactories;
import clinic.portal.web.Texts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): status, title, a detail a person can act on,
 * and, for invalid input, the fields that failed.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final Response.Status status;
    private final JsonObjectBuilder body;
    private JsonArrayBuilder errors;

    private Problem(Response.Status status, String detail) {
        this.status = status;
        this.body = JsonFactories.BUILDERS.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem(status, detail);
    }

    /** A problem whose detail is the English text of a message key. */
    public static Problem ofKey(Response.Status status, String key, Object... arguments) {
        return new Problem(status, text(key, arguments));
    }

    public Problem field(String field, String message) {
        if (errors == null) {
            errors = JsonFactories.BUILDERS.createArrayBuilder();
        }
        errors.add(JsonFactories.BUILDERS.createObjectBuilder().add("field", field).add("message", message));
        return this;
    }

    public Response response() {
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    /** The database cannot be reached: 503, try again after {@link DatabaseOutage#RETRY_AFTER_SECONDS}. */
    public static Response unavailable() {
        return Response.fromResponse(ofKey(Response.Status.SERVICE_UNAVAILABLE, "api.unavailable").response())
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /** The same problem document, as text, for a filter that answers outside JAX-RS. */
    public static String unavailableJson() {
        return ofKey(Response.Status.SERVICE_UNAVAILABLE, "api.unavailable").body.build().toString();
    }

    static String text(String key, Object... arguments) {
        return Texts.get(Locale.ENGLISH, key, arguments);
    }
}
