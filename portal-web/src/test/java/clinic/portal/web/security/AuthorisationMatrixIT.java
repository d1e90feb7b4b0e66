package clinic.portal.web.security;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.Pages;
import clinic.portal.web.support.TestControl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page and every API operation against every kind of caller, each cell's answer asserted. The pages are the
 * Facelets files of the web application and the operations those of the portal's own {@code /openapi}: a page or an
 * operation added without its row here fails the test, so a new one cannot ship without its authorisation decided.
 * <p>
 * Page answers: {@code 200}; {@code 302 <path>} (sent to sign in, to change a temporary password, or home);
 * {@code 404} (another role's page, or another person's record: the portal does not say it exists). API answers are
 * the status codes. The callers are signed in for real (pages through the sign-in page in Chromium, the API with
 * tokens); the disabled account is disabled by the administrator pressing "Disable" after it signed in, and the
 * revoked token revoked by its holder.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    /** The kinds of caller, in the order of the answers in each row. Patient A comes last: their writes come after
     * everyone else has tried them on A's records. */
    enum Who {
        ANONYMOUS, PATIENT_B, CLINICIAN_OF_A, OTHER_CLINICIAN, ADMINISTRATOR, DISABLED, TEMPORARY_PASSWORD,
        REVOKED_TOKEN, PATIENT_A
    }

    private static final String OK = "200";
    private static final String SIGN_IN = "302 /login.xhtml";
    private static final String CHANGE_PASSWORD = "302 /account/password.xhtml";
    private static final String HIDDEN = "404";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    private final Map<Who, String> sessions = new EnumMap<>(Who.class);
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final Map<Who, String> usernames = new EnumMap<>(Who.class);

    @Test
    void everyPageAndEveryApiOperationAnswersEveryKindOfCallerAsDecided() throws Exception {
        Properties cast = new Http(base).cast();
        usernames.put(Who.PATIENT_A, cast.getProperty("patientA"));
        usernames.put(Who.PATIENT_B, cast.getProperty("patientB"));
        usernames.put(Who.CLINICIAN_OF_A, cast.getProperty("clinicianA"));
        usernames.put(Who.OTHER_CLINICIAN, cast.getProperty("clinicianB"));
        usernames.put(Who.ADMINISTRATOR, "admin");
        usernames.put(Who.DISABLED, cast.getProperty("disabled"));
        usernames.put(Who.TEMPORARY_PASSWORD, cast.getProperty("temporary"));
        signInEveryone();
        String patientA = cast.getProperty("patientAId");
        String sessionA = cast.getProperty("sessionA");
        String etag = new Http(base).bearer(tokens.get(Who.PATIENT_A))
                .send("GET", "/api/v1/sessions/" + sessionA, null).header("ETag");

        Map<String, String[]> pages = pages(patientA, sessionA, cast);
        Map<String, ApiCall> operations = operations(sessionA, cast.getProperty("sessionToDelete"), etag,
                cast.getProperty("patientAId"));

        assertEquals(Pages.files(), pages.keySet().stream().map(p -> p.replaceAll("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new)), "every page has a row, and every row a page");
        assertEquals(documentedOperations(), new TreeSet<>(operations.keySet()),
                "every operation of /openapi has a row, and every row an operation");

        List<String> wrong = new ArrayList<>();
        pages.forEach((page, expected) -> {
            for (Who who : Who.values()) {
                String answer = page(who, page);
                if (!expected[who.ordinal()].equals(answer)) {
                    wrong.add(who + " on " + page + ": expected " + expected[who.ordinal()] + ", got " + answer);
                }
            }
        });
        operations.forEach((operation, call) -> {
            for (Who who : Who.values()) {
                Http.Reply reply = call.send(as(who, operation.equals("POST /api/v1/tokens")));
                int expected = call.expected()[who.ordinal()];
                if (reply.status() != expected) {
                    wrong.add(who + " on " + operation + ": expected " + expected + ", got " + reply);
                } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
                    wrong.add(who + " on " + operation + ": a " + reply.status() + " without a problem document");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /**
     * The expected answer of every page to each caller, in the order of {@link Who}. Rows are keyed by the page's
     * path with the parameters it needs.
     */
    private static Map<String, String[]> pages(String patientA, String sessionA, Properties cast) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        // The temporary-password holder is a patient: another role's page is hidden from them as from any patient,
        // and their own role's pages send them to change the password first.
        String[] admin = {SIGN_IN, HIDDEN, HIDDEN, HIDDEN, OK, SIGN_IN, HIDDEN, SIGN_IN, HIDDEN};
        String[] clinician = {SIGN_IN, HIDDEN, OK, OK, HIDDEN, SIGN_IN, HIDDEN, SIGN_IN, HIDDEN};
        String[] patient = {SIGN_IN, OK, HIDDEN, HIDDEN, HIDDEN, SIGN_IN, CHANGE_PASSWORD, SIGN_IN, OK};
        String[] patientAOnly = {SIGN_IN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, SIGN_IN, CHANGE_PASSWORD, SIGN_IN, OK};
        String[] clinicianOfAOnly = {SIGN_IN, HIDDEN, OK, HIDDEN, HIDDEN, SIGN_IN, HIDDEN, SIGN_IN, HIDDEN};
        String patientHome = "302 /patient/index.xhtml";
        String clinicianHome = "302 /clinician/index.xhtml";
        String adminHome = "302 /admin/index.xhtml";

        rows.put("/index.xhtml", new String[]{SIGN_IN, patientHome, clinicianHome, clinicianHome, adminHome, SIGN_IN,
                CHANGE_PASSWORD, SIGN_IN, patientHome});
        rows.put("/login.xhtml", new String[]{OK, patientHome, clinicianHome, clinicianHome, adminHome, OK,
                patientHome, OK, patientHome});
        String[] open = {OK, OK, OK, OK, OK, OK, CHANGE_PASSWORD, OK, OK};
        rows.put("/forgot.xhtml", open);
        rows.put("/reset.xhtml?token=not-a-token", open);
        rows.put("/unsubscribe.xhtml?token=not-a-token", open);
        rows.put("/account/password.xhtml", new String[]{SIGN_IN, OK, OK, OK, OK, SIGN_IN, OK, SIGN_IN, OK});
        rows.put("/account/email.xhtml", new String[]{SIGN_IN, OK, OK, OK, OK, SIGN_IN, CHANGE_PASSWORD, SIGN_IN, OK});

        rows.put("/admin/index.xhtml", admin);
        rows.put("/admin/accounts/index.xhtml", admin);
        rows.put("/admin/accounts/create.xhtml", admin);
        rows.put("/admin/accounts/edit.xhtml?id=" + patientA, admin);
        rows.put("/admin/audit/index.xhtml", admin);
        rows.put("/admin/warnings/index.xhtml", admin);
        rows.put("/admin/outbox/index.xhtml", admin);
        rows.put("/admin/accounts/import.xhtml", admin);
        rows.put("/admin/accounts/import.xhtml?id=" + cast.getProperty("patientImport"), admin);
        rows.put("/admin/accounts/import-report.xhtml?id=" + cast.getProperty("patientImport"), admin);

        rows.put("/clinician/index.xhtml", clinician);
        rows.put("/clinician/exercises/index.xhtml", clinician);
        rows.put("/clinician/exercises/edit.xhtml?id=" + cast.getProperty("exercise"), clinician);
        rows.put("/clinician/templates/index.xhtml", clinician);
        rows.put("/clinician/templates/edit.xhtml?id=" + cast.getProperty("template"), clinician);
        rows.put("/clinician/warnings/index.xhtml", clinician);
        rows.put("/clinician/patients/detail.xhtml?id=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/progress.xhtml?id=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/outcomes.xhtml?id=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/plan.xhtml?id=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/programme.xhtml?patient=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/messages/index.xhtml", clinician);
        rows.put("/clinician/messages/conversation.xhtml?patient=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/sessions-download.xhtml?patient=" + patientA, clinicianOfAOnly);
        rows.put("/clinician/patients/handout.xhtml?patient=" + patientA, clinicianOfAOnly);

        rows.put("/patient/index.xhtml", patient);
        rows.put("/patient/programme.xhtml", patient);
        rows.put("/patient/record.xhtml", patient);
        rows.put("/patient/history.xhtml", patient);
        rows.put("/patient/warning.xhtml", patient);
        rows.put("/patient/access.xhtml", patient);
        rows.put("/patient/reminders.xhtml", patient);
        rows.put("/patient/messages.xhtml", patient);
        rows.put("/patient/sessions-download.xhtml", patient);
        rows.put("/patient/my-data.xhtml", patient);
        // Patient A has STarT Back to answer; to patient B the same page says there is nothing to answer.
        rows.put("/patient/questionnaire.xhtml?q=STARTBACK", patient);
        // Patient B has no programme, so no handout to print.
        rows.put("/patient/handout.xhtml", patientAOnly);
        rows.put("/patient/session.xhtml?id=" + sessionA, patientAOnly);
        rows.put("/patient/index.xhtml?walked=" + sessionA, patientAOnly);
        return rows;
    }

    /** One API operation: how to call it, and the status expected of each caller in the order of {@link Who}. */
    private record ApiCall(String method, String path, String body, List<String> headers, int... expected) {

        Http.Reply send(Http http) {
            return http.send(method, path, body, headers.toArray(String[]::new));
        }
    }

    /** The expected answer of every API operation, keyed as {@code METHOD /path/{param}} as in /openapi. */
    private static Map<String, ApiCall> operations(String sessionA, String sessionToDelete, String etag,
                                                   String patientA) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String days = "?from=" + today.minusDays(6) + "&to=" + today;
        String walk = "{\"exerciseId\":1,\"performedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).withNano(0).minusMinutes(5)
                + "\",\"minutes\":11}";
        int[] patientsOnly = {401, 200, 403, 403, 403, 401, 401, 401, 200};
        int[] ownerOnly = {401, 404, 403, 403, 403, 401, 401, 401, 200};
        // Insertion order is the order of the calls: revoking one's own token comes last.
        Map<String, ApiCall> rows = new LinkedHashMap<>();
        rows.put("POST /api/v1/tokens", new ApiCall("POST", "/api/v1/tokens", null, List.of(),
                401, 201, 201, 201, 201, 401, 403, 401, 201));
        rows.put("GET /api/v1/today", new ApiCall("GET", "/api/v1/today", null, List.of(), patientsOnly));
        rows.put("GET /api/v1/adherence", new ApiCall("GET", "/api/v1/adherence" + days, null, List.of(), patientsOnly));
        rows.put("GET /api/v1/sessions", new ApiCall("GET", "/api/v1/sessions" + days, null, List.of(), patientsOnly));
        rows.put("POST /api/v1/sessions", new ApiCall("POST", "/api/v1/sessions", walk, List.of(),
                401, 201, 403, 403, 403, 401, 401, 401, 201));
        rows.put("GET /api/v1/sessions/{id}", new ApiCall("GET", "/api/v1/sessions/" + sessionA, null, List.of(),
                ownerOnly));
        rows.put("PUT /api/v1/sessions/{id}", new ApiCall("PUT", "/api/v1/sessions/" + sessionA, walk,
                List.of("If-Match", etag), ownerOnly));
        rows.put("DELETE /api/v1/sessions/{id}", new ApiCall("DELETE", "/api/v1/sessions/" + sessionToDelete, null,
                List.of(), 401, 404, 403, 403, 403, 401, 401, 401, 204));
        // Patient A's record as FHIR: A and their clinician; another patient or clinician as if it did not exist.
        rows.put("GET /api/v1/patients/{id}/fhir", new ApiCall("GET", "/api/v1/patients/" + patientA + "/fhir", null,
                List.of(), 401, 404, 200, 404, 403, 401, 401, 401, 200));
        rows.put("GET /api/v1/metrics", new ApiCall("GET", "/api/v1/metrics", null, List.of(),
                401, 403, 403, 403, 200, 401, 401, 401, 403));
        rows.put("DELETE /api/v1/tokens/current", new ApiCall("DELETE", "/api/v1/tokens/current", null, List.of(),
                401, 204, 204, 204, 204, 401, 401, 401, 204));
        return rows;
    }

    /**
     * Signs every caller in: in Chromium through the sign-in page (keeping each one's session cookie), and through
     * the API for a token. Then the administrator disables one account in the accounts list, and patient A revokes
     * a second token of theirs.
     */
    private void signInEveryone() throws Exception {
        try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
            for (Who who : List.of(Who.PATIENT_A, Who.PATIENT_B, Who.CLINICIAN_OF_A, Who.OTHER_CLINICIAN,
                    Who.ADMINISTRATOR, Who.DISABLED, Who.TEMPORARY_PASSWORD)) {
                browser.signIn(usernames.get(who), password(who));
                browser.waitFor().until(d -> !"/login.xhtml".equals(browser.path()));
                sessions.put(who, browser.cookieHeader());
                browser.driver().manage().deleteAllCookies();
            }
        }
        for (Who who : List.of(Who.PATIENT_A, Who.PATIENT_B, Who.CLINICIAN_OF_A, Who.OTHER_CLINICIAN,
                Who.ADMINISTRATOR, Who.DISABLED)) {
            tokens.put(who, new Http(base).token(usernames.get(who), password(who)).bearerToken());
        }
        Http revoked = new Http(base).token(usernames.get(Who.PATIENT_A), TestControl.PASSWORD);
        assertEquals(204, revoked.send("DELETE", "/api/v1/tokens/current", null).status());
        tokens.put(Who.REVOKED_TOKEN, revoked.bearerToken());

        try (Browser admin = Browser.open(base, Browser.DESKTOP)) {
            admin.signIn("admin", "admin-demo-password");
            admin.awaitHeading("Administration");
            admin.go("/admin/accounts/index.xhtml");
            admin.type("#form\\:search", usernames.get(Who.DISABLED));
            admin.waitFor().until(d -> d.findElements(By.cssSelector("#form\\:accounts tbody tr")).size() == 1
                    && d.findElement(By.cssSelector("#form\\:accounts tbody")).getText().contains(usernames.get(Who.DISABLED)));
            admin.click("#form\\:accounts button[id$=':disable']");
            admin.click(".ui-confirmdialog-yes");
            admin.awaitText("#form\\:accounts tbody", "Disabled");
        }
    }

    private static String password(Who who) {
        return who == Who.ADMINISTRATOR ? "admin-demo-password" : TestControl.PASSWORD;
    }

    /**
     * The caller's credentials for an API call: their token (a disabled account's was issued before it was disabled),
     * a temporary-password holder's password (they can have no token), and on the token endpoint everyone's password.
     */
    private Http as(Who who, boolean tokenRequest) {
        Http http = new Http(base);
        if (who == Who.ANONYMOUS) {
            return http;
        }
        if (who == Who.TEMPORARY_PASSWORD || tokenRequest && usernames.containsKey(who)) {
            return http.basic(usernames.get(who), password(who));
        }
        return http.bearer(tokens.get(who));
    }

    /** The page's answer to the caller: its status, and where a redirect sends them (a path within the portal). */
    private String page(Who who, String page) {
        List<String> headers = new ArrayList<>();
        if (sessions.containsKey(who)) {
            headers.addAll(List.of("Cookie", sessions.get(who)));
        }
        if (who == Who.REVOKED_TOKEN) {
            headers.addAll(List.of("Authorization", "Bearer " + tokens.get(who)));
        }
        Http.Reply reply = new Http(base).send("GET", page, null, headers.toArray(String[]::new));
        if (reply.status() / 100 != 3) {
            return String.valueOf(reply.status());
        }
        String context = URI.create(base.toString()).getPath().replaceAll("/$", "");
        String location = URI.create(reply.header("Location")).getPath();
        return reply.status() + " " + (location.startsWith(context) ? location.substring(context.length()) : location);
    }

    /** Every operation the portal's own OpenAPI document describes, as {@code METHOD /path}. */
    private Set<String> documentedOperations() throws Exception {
        Http.Reply reply = new Http(new URL(base, "/")).send("GET", "/openapi", null, "Accept", "application/json");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + (path.contains("/api/")
                        ? path.substring(path.indexOf("/api/")) : "/api" + path))));
        return operations;
    }
}
