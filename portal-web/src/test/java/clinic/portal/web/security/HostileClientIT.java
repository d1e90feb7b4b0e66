package clinic.portal.web.security;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Http;
import clinic.portal.web.support.TestControl;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal against a client that does not play by the rules (issue 9): wrong passwords in bulk, weak passwords,
 * cookies on the wire, the metrics endpoint, forged and stale forms, a forged Host header, methods pages do not take,
 * and JSON of the wrong types. Each test fails on the portal as it was before these were mended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileClientIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport();
    }

    @ArquillianResource
    private URL base;

    @Test
    void wrongPasswordsAreSlowedWith429TheOwnerIsToldAndAnAdministratorLiftsTheDelay() throws Exception {
        Properties team = new Http(base).careTeam();
        String patient = team.getProperty("patient");
        for (int i = 1; i <= 6; i++) {
            assertEquals(401, new Http(base).basic(patient, "wrong-password-" + i).send("POST", "/api/v1/tokens", null)
                    .status(), "attempt " + i + " is heard");
        }
        Http.Reply slowed = new Http(base).basic(patient, TestControl.PASSWORD).send("POST", "/api/v1/tokens", null);
        assertEquals(429, slowed.status(), "even the right password waits its turn: " + slowed);
        assertEquals("1", slowed.header("Retry-After"));
        assertEquals(429, slowed.json().getInt("status"));
        assertEquals(401, new Http(base).basic(patient, TestControl.PASSWORD).send("GET", "/api/v1/today", null).status(),
                "HTTP Basic opens nothing but the token endpoint");

        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            desk.go("/admin/accounts/index.xhtml");
            desk.type("#form\\:search", patient);
            desk.waitFor().until(d -> d.findElements(By.cssSelector("#form\\:accounts_data tr")).size() == 1
                    && d.findElement(By.cssSelector("#form\\:accounts_data")).getText().contains("Sign-ins slowed down"));
            desk.click("#form\\:accounts\\:0\\:unlock");
            desk.waitFor().until(d -> d.findElement(By.cssSelector(".ui-messages-info")).getText()
                    .contains("can sign in again without waiting"));
            assertFalse(desk.find("#form\\:accounts_data").getText().contains("Sign-ins slowed down"));
        }
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(patient, TestControl.PASSWORD);
            phone.awaitHeading("Today");
            String warning = phone.find(".ui-messages-warn").getText();
            assertTrue(warning.contains("6 times") && warning.contains("change your password"), warning);
        }
    }

    @Test
    void guessablePasswordsAreRefusedWithAMessageThatHelpsChoose() throws Exception {
        Properties team = new Http(base).careTeam();
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn(team.getProperty("patient"), TestControl.PASSWORD);
            phone.awaitHeading("Today");
            for (String weak : List.of("password1234", "aaaaaaaaaaaa", "123456789012")) {
                phone.go("/account/password.xhtml");
                phone.type("#form\\:currentPassword", TestControl.PASSWORD);
                phone.type("#form\\:newPassword", weak);
                phone.type("#form\\:confirmation", weak);
                phone.click("#form\\:submit");
                phone.waitFor().until(d -> d.findElements(By.cssSelector(".ui-message-error")).stream()
                        .anyMatch(m -> m.getText().contains("easy to guess")));
            }
            phone.go("/account/password.xhtml");
            phone.type("#form\\:currentPassword", TestControl.PASSWORD);
            phone.type("#form\\:newPassword", "walnut-ferry-quiet-lamp");
            phone.type("#form\\:confirmation", "walnut-ferry-quiet-lamp");
            phone.click("#form\\:submit");
            phone.awaitHeading("Today");
            assertTrue(phone.find(".ui-messages-info").getText().contains("Your password has been changed."));
        }
    }

    /**
     * A client that asks for pages without ever signing in gets no HTTP session: not for a protected page (the page
     * to return to is a cookie), not for the pages of the sign-in, a forgotten password and the emailed links
     * (stateless views), not for a wrong password, not for choosing a language. A flood of such requests once
     * filled the heap with sessions.
     */
    @Test
    void aVisitorWhoHasNotSignedInGetsNoSessionAndSigningInTakesThemToThePageTheyAskedFor() throws Exception {
        String patient = new Http(base).careTeam().getProperty("patient");
        HttpResponse<String> asked = get("/patient/history.xhtml?day=2");
        assertEquals(302, asked.statusCode());
        assertEquals(List.of(), sessionCookies(asked), "a page asked for without signing in");
        String returnTo = setCookie(asked, ReturnTo.COOKIE);
        assertNotNull(returnTo, asked.headers().map().toString());
        assertTrue(returnTo.toLowerCase().contains("httponly") && returnTo.toLowerCase().contains("samesite=lax"),
                returnTo);

        for (String path : List.of("/login.xhtml", "/forgot.xhtml", "/reset.xhtml?token=not-a-token",
                "/unsubscribe.xhtml?token=not-a-token")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals(List.of(), sessionCookies(page), path);
            assertTrue(page.body().contains("value=\"stateless\""), path);
        }
        String cookie = returnTo.substring(0, returnTo.indexOf(';'));
        HttpResponse<String> wrong = signIn(patient, "not-the-password", cookie);
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("The username or password is incorrect."), wrong.body());
        assertEquals(List.of(), sessionCookies(wrong), "a wrong password");

        HttpResponse<String> spanish = chooseSpanish("/login.xhtml");
        assertEquals(302, spanish.statusCode());
        assertEquals(List.of(), sessionCookies(spanish), "a language chosen before signing in");
        assertNotNull(setCookie(spanish, "portal-language"), spanish.headers().map().toString());

        HttpResponse<String> signedIn = signIn(patient, TestControl.PASSWORD, cookie);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals(page("/patient/history.xhtml").getRawPath() + "?day=2", location(signedIn));
        String session = sessionCookies(signedIn).stream().findFirst().orElse(null);
        assertNotNull(session, signedIn.headers().map().toString());
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertFalse(session.toLowerCase().contains("secure;") || session.toLowerCase().endsWith("secure"),
                "plain HTTP and no https public address: " + session);
        assertTrue(setCookie(signedIn, ReturnTo.COOKIE).contains("Max-Age=0"), "the page to return to is used once");
    }

    @Test
    void aPageToReturnToThatLeadsOutOfThePortalOrToAnotherRoleLandsOnTheHomeInstead() throws Exception {
        String patient = new Http(base).careTeam().getProperty("patient");
        String context = page("/").getRawPath().replaceAll("/$", "");
        for (String forged : List.of("//evil.example/", context + "/\\evil.example", "https://evil.example/",
                context + "//evil.example", context + "/clinician/index.xhtml", "/elsewhere/page", "%zz")) {
            HttpResponse<String> signedIn = signIn(patient, TestControl.PASSWORD,
                    ReturnTo.COOKIE + "=" + URLEncoder.encode(forged, StandardCharsets.UTF_8));
            assertEquals(302, signedIn.statusCode(), forged);
            assertEquals(context + "/patient/index.xhtml", location(signedIn), forged);
        }
    }

    @Test
    void theLanguageButtonsOfAStatelessPageKeepItsAddressParameters() throws Exception {
        HttpResponse<String> spanish = chooseSpanish("/reset.xhtml?token=kept-through-the-post");
        assertEquals(302, spanish.statusCode(), spanish.body());
        assertEquals(List.of(), sessionCookies(spanish));
        assertTrue(location(spanish).endsWith("/reset.xhtml?token=kept-through-the-post"), location(spanish));
    }

    /** Signs in through the sign-in page's form as a browser would post it, sending the cookie given. */
    private HttpResponse<String> signIn(String username, String password, String cookie) throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        return CLIENT.send(HttpRequest.newBuilder(page("/login.xhtml")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("form", "form", "form:username", username,
                        "form:password", password, "form:submit", "", "jakarta.faces.ViewState", "stateless",
                        "primefaces.nonce", nonce(page)))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chooseSpanish(String path) throws Exception {
        HttpResponse<String> page = get(path);
        Matcher button = Pattern.compile("name=\"(language:languages:\\d+:choose)\"[^>]*lang=\"es\"").matcher(page.body());
        assertTrue(button.find(), page.body());
        return post(path, form("language", "language", button.group(1), "Español",
                "jakarta.faces.ViewState", "stateless", "primefaces.nonce", nonce(page)));
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        assertTrue(nonce.find(), page.body());
        return nonce.group(1);
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static List<String> sessionCookies(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).toList();
    }

    private static String setCookie(HttpResponse<String> answer, String name) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElse(null);
    }

    private static String location(HttpResponse<String> answer) {
        URI to = URI.create(answer.headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    @Test
    void payarasMetricsAreClosedAndThePortalsAreForAdministratorsOnly() throws Exception {
        HttpResponse<String> payaras = CLIENT.send(HttpRequest.newBuilder(new URL(base, "/metrics").toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(payaras.statusCode() == 404 || payaras.statusCode() == 403, "Payara's /metrics is off: " + payaras.statusCode());
        assertFalse(payaras.body().contains("jvm") || payaras.body().contains("base_"), payaras.body());
        Properties team = new Http(base).careTeam();
        assertEquals(401, new Http(base).send("GET", "/api/v1/metrics", null).status());
        assertEquals(403, new Http(base).token(team.getProperty("patient"), TestControl.PASSWORD)
                .send("GET", "/api/v1/metrics", null).status());
        Http.Reply metrics = new Http(base).token("admin", "admin-demo-password").send("GET", "/api/v1/metrics", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE jvm_memory_heap_used_bytes gauge"), metrics.body());
        assertTrue(metrics.body().contains("portal_password_checks_turned_away_total"), metrics.body());
    }

    @Test
    void forgedAndStaleFormsGetAClearFourHundredNeverAFiveHundred() throws Exception {
        HttpResponse<String> forged = post("/login.xhtml", "form=form&form%3Ausername=x&form%3Apassword=y"
                + "&jakarta.faces.ViewState=stale");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("This form could not be sent"), forged.body());

        String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> stale = post("/login.xhtml", "form=form&form%3Ausername=x&form%3Apassword=y"
                + "&primefaces.nonce=" + nonce + "&jakarta.faces.ViewState=stale");
        assertEquals(400, stale.statusCode());
        assertTrue(stale.body().contains("Your session has ended"), "the whole page, not 512 bytes: " + stale.body());
    }

    @Test
    void badPageParametersAreNotFoundForEveryRole() throws Exception {
        Properties team = new Http(base).careTeam();
        try (Browser desk = Browser.open(base, Browser.DESKTOP)) {
            desk.signIn(team.getProperty("clinician"), TestControl.PASSWORD);
            desk.awaitHeading("My patients");
            for (String path : List.of("/clinician/patients/detail.xhtml?id=abc", "/clinician/patients/progress.xhtml?id=abc",
                    "/clinician/patients/outcomes.xhtml?id=1x", "/clinician/patients/plan.xhtml",
                    "/clinician/exercises/edit.xhtml?id=abc",
                    "/clinician/templates/edit.xhtml?id=abc", "/clinician/patients/programme.xhtml?patient=abc")) {
                assertEquals(404, withCookie(desk, path).statusCode(), path);
            }
            desk.click("#signOut\\:submit");
            desk.awaitHeading("Sign in");
            desk.signIn("admin", "admin-demo-password");
            desk.awaitHeading("Administration");
            assertEquals(404, withCookie(desk, "/admin/accounts/edit.xhtml?id=abc").statusCode());
            assertEquals(404, withCookie(desk, "/admin/accounts/edit.xhtml?id=99999999").statusCode());
        }
    }

    @Test
    void redirectsDoNotFollowTheHostHeaderAndPagesTakeOnlyGetAndPost() throws Exception {
        String head;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + base.getPath().replaceAll("/$", "") + "/patient/index.xhtml HTTP/1.1\r\n"
                    + "Host: evil.example\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertTrue(head.startsWith("HTTP/1.1 302"), head);
        String location = head.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .orElseThrow().substring(9).strip();
        assertTrue(location.startsWith("/") && location.endsWith("/login.xhtml") && !location.contains("evil"), location);

        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(page("/login.xhtml"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method);
            assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(null), method);
        }
    }

    @Test
    void jsonOfTheWrongTypeIsRefusedNamingTheFieldAndNothingIsCoerced() throws Exception {
        Http app = new Http(base).token(new Http(base).careTeam().getProperty("patient"), TestControl.PASSWORD);
        String valid = "\"activity\": \"Walk\", \"performedAt\": \"" + Instant.now().minusSeconds(3600)
                .truncatedTo(ChronoUnit.SECONDS) + "\", \"minutes\": 20";
        String[][] cases = {
                {"\"painBefore\": 1.5", "painBefore", "whole number"},
                {"\"painBefore\": \"3\"", "painBefore", "whole number"},
                {"\"painBefore\": 3000000000", "painBefore", "whole number"},
                {"\"steps\": [1]", "steps", "whole number"},
                {"\"steps\": true", "steps", "whole number"},
                {"\"note\": true", "note", "text"},
                {"\"note\": 12", "note", "text"},
                {"\"note\": {\"a\": 1}", "note", "text"},
                {"\"exerciseId\": \"1\"", "exerciseId", "whole number"},
                {"\"redFlags\": \"NUMBNESS\"", "redFlags", "list"},
                {"\"redFlags\": [1]", "redFlags", "list"},
                {"\"redFlags\": [\"NOT_A_SIGN\"]", "redFlags", "list"},
                {"\"painAfter\": 2, \"minuts\": 3", "minuts", "no such field"},
        };
        for (String[] wrong : cases) {
            Http.Reply reply = app.send("POST", "/api/v1/sessions", "{" + valid + ", " + wrong[0] + "}");
            assertEquals(400, reply.status(), wrong[0] + ": " + reply);
            assertEquals(wrong[1], reply.failedField(), wrong[0]);
            String message = reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
            assertTrue(message.contains(wrong[2]), wrong[0] + ": " + message);
        }
        Http.Reply dateTime = app.send("POST", "/api/v1/sessions", "{\"activity\": \"Walk\", \"performedAt\": 5, \"minutes\": 20}");
        assertEquals("performedAt", dateTime.failedField());

        Http.Reply malformed = app.send("POST", "/api/v1/sessions", "{\"activity\": \"Walk\",\n \"minutes\": }");
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().getString("detail").contains("line 2"), malformed.toString());
        assertEquals(400, app.send("POST", "/api/v1/sessions", "[]").status());

        Http.Reply longNote = app.send("POST", "/api/v1/sessions", "{" + valid + ", \"note\": \"" + "n".repeat(1001) + "\"}");
        assertEquals(400, longNote.status(), "a note over the limit is refused, never cut");
        assertEquals("note", longNote.failedField());

        Http.Reply badKey = app.send("POST", "/api/v1/sessions", "{" + valid + "}", "Idempotency-Key", "k".repeat(101));
        assertEquals(400, badKey.status());
        assertEquals("Idempotency-Key", badKey.failedField());

        Http.Reply badDate = app.send("GET", "/api/v1/sessions?from=2026-03-01&to=tomorrow", null);
        assertEquals(400, badDate.status());
        assertEquals("to", badDate.failedField());

        assertEquals(201, app.send("POST", "/api/v1/sessions", "{" + valid + ", \"painBefore\": 3, \"note\": null}").status(),
                "a body of the right types is recorded");
    }

    private URI page(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(page(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(page(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withCookie(Browser browser, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(page(path)).header("Cookie", browser.cookieHeader())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLongSessionKeepsTheBeansOfItsRecentViewsOnlyNotOfEveryPageItOpened() throws Exception {
        try (Browser phone = Browser.open(base, Browser.PHONE)) {
            phone.signIn("patient", "patient-demo-password");
            phone.awaitHeading("Today");
            // Today's page makes view-scoped beans (the quick walk's); 60 of them, as a day's use might.
            for (int i = 0; i < 60; i++) {
                HttpResponse<String> page = withCookie(phone, "/patient/index.xhtml");
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("quick:walkedNow"), "the page with its view-scoped bean");
            }
            Properties kept = new Properties();
            kept.load(new java.io.StringReader(withCookie(phone, "/test-support/view-scopes").body()));
            int views = Integer.parseInt(kept.getProperty("views"));
            int live = Integer.parseInt(kept.getProperty("live"));
            assertTrue(live > 0 && live <= 25, "Mojarra keeps the last 25 views: " + kept);
            assertTrue(views > 0 && views <= live,
                    "notes of view-scoped beans for the live views only, not one for each of the 60 pages: " + kept);
        }
    }
}
