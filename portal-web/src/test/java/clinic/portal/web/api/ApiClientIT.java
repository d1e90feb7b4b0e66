package clinic.portal.web.api;

import clinic.portal.client.ApiClient;
import clinic.portal.client.ApiException;
import clinic.portal.client.ApiResponse;
import clinic.portal.client.api.AdherenceApi;
import clinic.portal.client.api.SessionsApi;
import clinic.portal.client.api.TodayApi;
import clinic.portal.client.api.TokensApi;
import clinic.portal.client.model.Adherence;
import clinic.portal.client.model.IssuedToken;
import clinic.portal.client.model.Problem;
import clinic.portal.client.model.RedFlag;
import clinic.portal.client.model.SessionEntry;
import clinic.portal.client.model.SessionView;
import clinic.portal.client.model.Today;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.TestControl;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as an app developer meets it: a Java client generated at build time (openapi-generator, {@code native}
 * library) from the contract the portal serves as {@code /openapi} records a walk against the running portal, every
 * step through the generated types. The client refuses any field the contract does not describe, so an answer that
 * drifts from the description fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theDescriptionThePortalServesIsTheContractTheClientWasGeneratedFrom() throws Exception {
        Http.Reply served = new Http(new URL(base, "/")).send("GET", "/openapi", null, "Accept", "application/json");
        assertEquals(200, served.status(), served::toString);
        JsonNode live = new ObjectMapper().readTree(served.body());
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/main/resources/META-INF/openapi.yaml").toFile());
        assertEquals(Set.of("openapi", "info", "servers", "security", "tags", "paths", "components"), names(live),
                "no property outside the OpenAPI specification (Payara's own 'endpoints' is taken out)");
        assertEquals(contract, live, "the portal serves the contract as written: no scanned backing beans, no "
                + "server of its own");
    }

    @Test
    void anAppIssuesATokenRecordsAWalkOnceReadsTodayListsCorrectsAndReadsAProblem() throws Exception {
        Properties team = new Http(base).careTeam();
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        String basic = Base64.getEncoder().encodeToString((team.getProperty("patient") + ":" + TestControl.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));

        IssuedToken token = new TokensApi(client).issueToken();
        assertTrue(token.getExpiresAt().isAfter(OffsetDateTime.now().plusDays(29)), "a token lasts 30 days");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getToken()));
        SessionsApi sessions = new SessionsApi(client);

        OffsetDateTime walked = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusMinutes(20);
        SessionEntry walk = new SessionEntry().exerciseId(1L).performedAt(walked).minutes(12).painBefore(4).painAfter(3);
        String key = UUID.randomUUID().toString();
        ApiResponse<SessionView> recorded = sessions.recordSessionWithHttpInfo(walk, key);
        assertEquals(201, recorded.getStatusCode());
        SessionView session = recorded.getData();
        assertEquals(12, session.getMinutes());
        assertEquals(walked.toInstant(), session.getPerformedAt().toInstant());
        ApiResponse<SessionView> replayed = sessions.recordSessionWithHttpInfo(walk, key);
        assertEquals(session.getId(), replayed.getData().getId(), "a retried recording records once");
        assertEquals(List.of("true"), replayed.getHeaders().get("Idempotent-Replayed"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Today plan = new TodayApi(client).getToday();
        assertEquals(today, plan.getDate());
        assertNotNull(plan.getItems());
        List<SessionView> listed = sessions.listSessions(today.minusDays(1), today);
        assertTrue(listed.stream().anyMatch(s -> s.getId().equals(session.getId())), "listed: " + listed);
        Adherence adherence = new AdherenceApi(client).getAdherence(today.minusDays(6), today);
        assertEquals(7, adherence.getDays());

        ApiResponse<SessionView> read = sessions.getSessionWithHttpInfo(session.getId());
        String etag = read.getHeaders().get("ETag").get(0);
        SessionView corrected = sessions.correctSession(session.getId(), etag, walk.minutes(15));
        assertEquals(15, corrected.getMinutes());
        assertEquals(read.getData().getVersion() + 1, corrected.getVersion());
        ApiException stale = assertThrows(ApiException.class,
                () -> sessions.correctSession(session.getId(), etag, walk.minutes(16)));
        assertEquals(409, stale.getCode(), "a correction from a stale read is refused");

        SessionView warning = sessions.recordSession(new SessionEntry().exerciseId(1L).performedAt(walked).minutes(5)
                .redFlags(Set.of(RedFlag.SADDLE_NUMBNESS)), UUID.randomUUID().toString());
        assertEquals(SessionView.UrgencyEnum.EMERGENCY, warning.getUrgency());
        assertTrue(warning.getAdvice().contains("emergency"), warning.getAdvice());

        ApiException invalid = assertThrows(ApiException.class, () -> sessions.recordSession(
                new SessionEntry().exerciseId(1L).performedAt(walked).minutes(10).painBefore(11), null));
        assertEquals(400, invalid.getCode());
        Problem problem = client.getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertEquals("painBefore", problem.getErrors().get(0).getField());
        assertTrue(invalid.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
