package clinic.portal.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Test-only: a small JSON client for the portal's API, as an app would call it. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private String authorization;

    public Http(URL base) {
        this.base = base.toString().replaceAll("/$", "");
    }

    public Http basic(String username, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Signs in with Basic once and uses the Bearer token from then on. */
    public Http token(String username, String password) {
        basic(username, password);
        Reply reply = send("POST", "/api/v1/tokens", null);
        if (reply.status() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + reply);
        }
        authorization = "Bearer " + reply.json().getString("token");
        return this;
    }

    /** Uses this Bearer token from now on. */
    public Http bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    /** The Bearer token {@link #token} obtained, or null. */
    public String bearerToken() {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    public Http anonymous() {
        authorization = null;
        return this;
    }

    public Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A patient and two clinicians treating them, opened by the test deployment's {@link TestControl}. */
    public java.util.Properties careTeam() throws IOException {
        return properties("/test-support/care-team");
    }

    /** A care team whose patient walks 10 minutes twice a day from today, in a phase of that name. */
    public java.util.Properties careTeamWalking(String phaseName) throws IOException {
        return properties("/test-support/care-team?walking="
                + java.net.URLEncoder.encode(phaseName, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A care team whose patient has a record with something of every kind (see {@link TestControl}). */
    public java.util.Properties careTeamWithRecord() throws IOException {
        return properties("/test-support/care-team?record=full");
    }

    /** A clinician with 30 patients of every urgency (see {@link TestControl}). */
    public java.util.Properties caseload() throws IOException {
        return properties("/test-support/caseload");
    }

    /** The people and records of the authorisation matrix (see {@link TestControl}). */
    public java.util.Properties cast() throws IOException {
        return properties("/test-support/cast");
    }

    private java.util.Properties properties(String path) throws IOException {
        Reply reply = send("POST", path, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("Nothing from " + path + ": " + reply);
        }
        java.util.Properties team = new java.util.Properties();
        team.load(new java.io.StringReader(reply.body()));
        return team;
    }

    /** An answer: status, content type and body. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            JsonStructure structure = Json.createReader(new StringReader(body)).read();
            return (JsonObject) structure;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The first failed field of a problem document. */
        public String failedField() {
            return json().getJsonArray("errors").getJsonObject(0).getString("field");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
