package clinic.portal.web.security;

import clinic.portal.web.support.Browser;
import clinic.portal.web.support.Deployments;
import clinic.portal.web.support.Unique;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in, out and the first password change, in headless Chromium against the deployed WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    /**
     * Patients are mostly on phones, often on slow networks: pages, PrimeFaces' scripts (548 KB as they are, 116 KB
     * compressed) and JSON (here the API's description; answers under 1 KB are not worth it) go out gzip-compressed
     * to a client that accepts it.
     */
    @Test
    void textAnswersAreCompressedForClientsThatAcceptIt() throws Exception {
        // HTTP/1.1 as a browser speaks it here (Java's client would otherwise ask to upgrade to h2c).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String root = base.toString().replaceAll("/$", "");
        String server = new URL(base, "/").toString().replaceAll("/$", "");
        for (String path : List.of(root + "/login.xhtml", root + "/jakarta.faces.resource/components.js.xhtml?ln=primefaces",
                root + "/jakarta.faces.resource/css/portal.css.xhtml?ln=portal", server + "/openapi?format=JSON")) {
            HttpResponse<byte[]> reply = client.send(HttpRequest.newBuilder(URI.create(path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", reply.headers().firstValue("Content-Encoding").orElse("none"), path);
            try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(reply.body()))) {
                assertTrue(unzipped.readAllBytes().length > reply.body().length, path + " is smaller as sent");
            }
        }
    }

    /**
     * Every style sheet, script and icon a page names carries a version in its address (PrimeFaces' own, the portal's
     * the build's), and is answered as cacheable for a year: a second visit fetches the page alone, and a release
     * changes the addresses instead of waiting for caches to expire.
     */
    @Test
    void staticResourcesHaveVersionedAddressesAndAreCachedForAYear() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String root = base.toString().replaceAll("/$", "");
        String page = client.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher resource = java.util.regex.Pattern
                .compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]*)\"").matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (resource.find()) {
            String address = resource.group(1).replace("&amp;", "&");
            found.add(address);
            assertTrue(address.matches(".*[?&]v=[0-9A-Za-z._-]+.*"), "a version in " + address);
            HttpResponse<Void> reply = client.send(HttpRequest.newBuilder(new URL(base, address).toURI()).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, reply.statusCode(), address);
            assertEquals("max-age=31536000", reply.headers().firstValue("Cache-Control").orElse("none"), address);
        }
        assertTrue(found.stream().anyMatch(a -> a.contains("portal.css") && a.contains("ln=portal")),
                "the portal's own style sheet among " + found);
    }

    @Test
    void eachDemoRoleSignsInOnAPhoneAndLandsOnItsHome() throws Exception {
        try (Browser browser = Browser.open(base, Browser.PHONE)) {
            String[][] roles = {
                    {"admin", "admin-demo-password", "/admin/index.xhtml", "Administration"},
                    {"clinician", "clinician-demo-password", "/clinician/index.xhtml", "My patients"},
                    {"patient", "patient-demo-password", "/patient/index.xhtml", "Today"},
            };
            for (String[] role : roles) {
                browser.go("/login.xhtml");
                String sessionBefore = browser.cookie("JSESSIONID");
                browser.signIn(role[0], role[1]);
                browser.awaitHeading(role[3]);
                assertEquals(role[2], browser.path());
                assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "the session id is renewed at sign-in");

                browser.click("#signOut\\:submit");
                browser.awaitHeading("Sign in");
                assertTrue(browser.find(".ui-messages-info").getText().contains("You have signed out."));
                browser.go(role[2]);
                browser.awaitHeading("Sign in");
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithTheSameWordsAsAnUnknownUsername() throws Exception {
        try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
            browser.signIn("patient", "not-the-password");
            String wrongPassword = browser.find(".ui-messages-error").getText();
            assertEquals("patient", browser.find("#form\\:username").getAttribute("value"));

            browser.signIn(Unique.username("nobody"), "not-the-password");
            String unknownUser = browser.find(".ui-messages-error").getText();

            assertEquals("The username or password is incorrect.", wrongPassword);
            assertEquals(wrongPassword, unknownUser);
            assertEquals("/login.xhtml", browser.path());
        }
    }

    @Test
    void anAdministratorCreatesAClinicianWhoMustChangeTheTemporaryPassword() throws Exception {
        String username = Unique.username("clin");
        try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
            browser.signIn("admin", "admin-demo-password");
            browser.awaitHeading("Administration");
            browser.click("#createAccount");
            browser.awaitHeading("New account");

            browser.type("#form\\:username", "admin");
            browser.type("#form\\:displayName", "Dr Lena Okafor");
            browser.type("#form\\:email", "not-an-email");
            browser.choose("form:role", "Clinician");
            browser.click("#form\\:invite .ui-chkbox-box");
            browser.type("#form\\:temporaryPassword", "short");
            browser.click("#form\\:submit");
            browser.waitFor().until(d -> d.findElements(By.cssSelector(".ui-message-error")).size() >= 2);
            assertEquals("This is not a valid email address.", messageFor(browser, "email"));
            assertEquals("Dr Lena Okafor", browser.find("#form\\:displayName").getAttribute("value"));

            browser.type("#form\\:email", "lena.okafor@example.org");
            browser.type("#form\\:temporaryPassword", "quince-anvil-mossy-8");
            browser.click("#form\\:submit");
            browser.waitFor().until(d -> !messageFor(browser, "username").isEmpty());
            assertEquals("This username is already taken.", messageFor(browser, "username"));
            assertEquals("lena.okafor@example.org", browser.find("#form\\:email").getAttribute("value"));

            browser.type("#form\\:username", username);
            browser.type("#form\\:temporaryPassword", "quince-anvil-mossy-8");
            browser.click("#form\\:submit");
            browser.awaitHeading("Accounts");
            assertTrue(browser.find(".ui-messages-info").getText().contains("Dr Lena Okafor"));
            browser.type("#form\\:search", username);
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#form\\:accounts_data tr")).size() == 1
                    && d.findElement(By.cssSelector("#form\\:accounts_data")).getText().contains(username));
            browser.click("#signOut\\:submit");
            browser.awaitHeading("Sign in");

            browser.signIn(username, "quince-anvil-mossy-8");
            browser.awaitHeading("Change password");
            browser.go("/clinician/index.xhtml");
            browser.awaitHeading("Change password");
            assertEquals("/account/password.xhtml", browser.path());

            browser.type("#form\\:currentPassword", "quince-anvil-mossy-8");
            browser.type("#form\\:newPassword", "copper-kettle-north-9");
            browser.type("#form\\:confirmation", "copper-kettle-north-9");
            browser.click("#form\\:submit");
            browser.awaitHeading("My patients");
            assertEquals("/clinician/index.xhtml", browser.path());
            assertTrue(browser.find(".ui-messages-info").getText().contains("Your password has been changed."));
            browser.click("#signOut\\:submit");
            browser.awaitHeading("Sign in");

            browser.signIn("admin", "admin-demo-password");
            browser.awaitHeading("Administration");
            browser.click("#audit");
            browser.awaitHeading("Audit trail");
            browser.type("#form\\:username", username);
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#form\\:events_data tr")).size() == 3
                    && d.findElement(By.cssSelector("#form\\:events_data")).getText().contains(username));
            List<String> events = browser.driver().findElements(By.cssSelector("#form\\:events_data tr")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(events.get(0).contains("Password changed"), events.toString());
            assertTrue(events.get(1).contains("Signed in"), events.toString());
            assertTrue(events.get(2).contains("Account created") && events.get(2).contains("admin")
                    && events.get(2).contains("CLINICIAN"), events.toString());
        }
    }

    @Test
    void aPatientOpeningAnAdministratorsPageGetsNotFound() throws Exception {
        try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
            browser.signIn("patient", "patient-demo-password");
            browser.awaitHeading("Today");

            browser.go("/admin/index.xhtml");
            browser.awaitHeading("Page not found");

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                    .uri(URI.create(base.toString().replaceAll("/$", "") + "/admin/accounts/index.xhtml"))
                    .header("Cookie", browser.cookieHeader())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("Page not found"));
        }
    }

    @Test
    void everyAnswerForbidsFramingPagesRunOnlyTheirOwnScriptsAndAreNeverStored() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String root = base.toString().replaceAll("/$", "");
        for (String path : List.of("/login.xhtml", "/patient/index.xhtml", "/api/v1/today")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder().uri(URI.create(root + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(headers.allValues("Content-Security-Policy").contains(
                    "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null), path);
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder().uri(URI.create(root + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().allValues("Content-Security-Policy").stream()
                        .anyMatch(policy -> policy.startsWith("default-src 'self';") && policy.contains("object-src 'none'")
                                && policy.contains("base-uri 'self'") && policy.contains("form-action 'self'")
                                && policy.contains("script-src 'self' 'nonce-")),
                "everything from the portal, scripts with the page's nonce: " + page.headers().map());
    }

    @Test
    void everyPageOfEveryRoleRunsWithinItsContentSecurityPolicyUnderATitleOfItsOwn() throws Exception {
        String[][] roles = {
                {"admin", "admin-demo-password", "/admin/index.xhtml", "/admin/accounts/index.xhtml",
                        "/admin/accounts/create.xhtml", "/admin/accounts/import.xhtml", "/admin/audit/index.xhtml",
                        "/admin/warnings/index.xhtml",
                        "/account/password.xhtml"},
                {"clinician", "clinician-demo-password", "/clinician/index.xhtml", "/clinician/exercises/index.xhtml",
                        "/clinician/templates/index.xhtml", "/clinician/warnings/index.xhtml"},
                {"patient", "patient-demo-password", "/patient/index.xhtml", "/patient/programme.xhtml",
                        "/patient/record.xhtml", "/patient/history.xhtml", "/patient/warning.xhtml",
                        "/patient/access.xhtml"},
        };
        for (String[] role : roles) {
            try (Browser browser = Browser.open(base, Browser.DESKTOP)) {
                browser.signIn(role[0], role[1]);
                browser.waitFor().until(d -> !"/login.xhtml".equals(browser.path()));
                java.util.Set<String> titles = new java.util.HashSet<>();
                for (int i = 2; i < role.length; i++) {
                    browser.go(role[i]);
                    browser.find("h1");
                    assertEquals(List.of(), browser.consoleProblems(), role[0] + " on " + role[i]);
                    assertEquals(browser.heading() + " – Clinic Portal", browser.driver().getTitle(), role[i]);
                    assertTrue(titles.add(browser.driver().getTitle()), "a title of its own: " + role[i]);
                }
                if ("clinician".equals(role[0])) {
                    browser.go("/clinician/index.xhtml");
                    browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Sam Patel"))).click();
                    browser.awaitHeading("Sam Patel");
                    assertEquals("Patient record – Overview – Clinic Portal", browser.driver().getTitle(),
                            "no name in the title");
                    browser.openTab("tabProgress");
                    assertEquals("Patient record – Progress – Clinic Portal", browser.driver().getTitle(),
                            "no name in the title");
                    browser.find("#painTrend canvas");
                    assertEquals(List.of(), browser.consoleProblems(), "clinician on the patient's record");
                }
            }
        }
    }

    private static String messageFor(Browser browser, String field) {
        var messages = browser.driver().findElements(By.cssSelector("#form\\:" + field + " ~ .ui-message-error .ui-message-error-detail"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }
}
