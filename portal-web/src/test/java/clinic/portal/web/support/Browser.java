package clinic.portal.web.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Debian Chromium for the page tests. Without Chromium the tests are skipped locally, but fail when
 * {@code portal.test.browser.required} is true (as in CI), so a browser test can never silently not run there.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final String CHROMIUM = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URL base;
    private final File profile;
    private final Path downloads;

    private Browser(URL base, Dimension size, String language) throws Exception {
        this.base = base;
        this.profile = Files.createTempDirectory("portal-chromium").toFile();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--user-data-dir=" + profile.getAbsolutePath(),
                        "--window-size=" + size.getWidth() + "," + size.getHeight(), "--lang=" + language.split(",")[0]);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        this.downloads = Files.createTempDirectory("portal-downloads");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
    }

    /** The WCAG rules the portal is held to: 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static String axeScript;

    /**
     * Runs axe-core (Deque's engine, from its Maven artefact) with the WCAG 2.2 A and AA rules on the page as it is
     * now, and answers each violation as one line: the rule, its impact, and the elements it found, so a failing
     * test says what to mend.
     */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
                + " + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' '"
                + " + (n.any.concat(n.all).map(function (c) { return c.message; }).join('; ')); }).join(' | '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });", WCAG);
        return (List<String>) result;
    }

    private static synchronized String axe() {
        if (axeScript == null) {
            try (var in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
                }
                axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axeScript;
    }

    /**
     * Opens a browser on the deployed portal whose person reads English (whatever the machine's locale), or skips the
     * test (fails it in CI) when Chromium is missing.
     */
    public static Browser open(URL base, Dimension size) throws Exception {
        return open(base, size, "en-GB,en");
    }

    /** Opens a browser that asks for pages in these languages ({@code Accept-Language}, such as "es-ES,es"). */
    public static Browser open(URL base, Dimension size, String languages) throws Exception {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!installed) {
            if (Boolean.getBoolean("portal.test.browser.required")) {
                throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + DRIVER + " is missing");
            }
            Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        return new Browser(base, size, languages);
    }

    /**
     * Waits for a download to finish (Chromium writes {@code .crdownload} until then) and answers the file.
     */
    public Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        waitFor().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Lays the page out as it prints (CSS print media), through Chromium's DevTools protocol. */
    public void emulatePrint() {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("media", "print"));
    }

    /** Runs JavaScript in the page and answers its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks an element once it is visible and enabled. A click that lands on something still covering it (a panel
     * sliding away, a dialog fading in) is tried again rather than failing the test.
     */
    public void click(String css) {
        waitFor()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(staleAsFalse(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                }));
    }

    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses the radio with this label in a group drawn as buttons (the pain scale), until it is chosen. */
    public void press(String groupId, String label) {
        String id = groupId.replace(":", "\\:");
        waitFor()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(staleAsFalse(d -> {
                    WebElement choice = d.findElements(By.cssSelector("#" + id + " label")).stream()
                            .filter(l -> l.getText().strip().equals(label)).findFirst().orElseThrow();
                    WebElement radio = d.findElement(By.id(choice.getAttribute("for")));
                    if (!radio.isSelected()) {
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
                        radio.click();
                        return false;
                    }
                    return true;
                }));
    }

    /**
     * Chooses an option of a menu by the start of its label: a native one at once; PrimeFaces' panel slides open and is
     * positioned by script, so an item can be "displayed" while another element still covers it: the item is clicked
     * only once the panel has stopped moving, and a click that something else intercepted is simply tried again
     * until the menu shows the choice.
     */
    public void choose(String menuId, String label) {
        String id = menuId.replace(":", "\\:");
        WebElement menu = find("#" + id);
        if ("select".equals(menu.getTagName())) {
            org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(menu);
            select.getOptions().stream().filter(o -> o.getText().startsWith(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("No option " + label + " in " + menuId)).click();
            return;
        }
        waitFor()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(staleAsFalse(d -> {
                    WebElement panel = d.findElement(By.cssSelector("#" + id + "_panel"));
                    if (!panel.isDisplayed()) {
                        d.findElement(By.cssSelector("#" + id)).click();
                        return false;
                    }
                    if (Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return window.jQuery && jQuery(arguments[0]).is(':animated');", panel))) {
                        return false;
                    }
                    WebElement item = d.findElement(By.cssSelector("#" + id + "_items li[data-label^='" + label + "']"));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
                    if (item.isDisplayed()) {
                        item.click();
                    }
                    return d.findElement(By.cssSelector("#" + id + "_label")).getText().startsWith(label);
                }));
    }

    /** The text of the option chosen in a native menu ({@code h:selectOneMenu}). */
    public String chosen(String menuId) {
        return new org.openqa.selenium.support.ui.Select(find("#" + menuId.replace(":", "\\:")))
                .getFirstSelectedOption().getText();
    }

    /**
     * Ticks a PrimeFaces checkbox or radio button by the text of its label (the first whose label contains it),
     * within the element the CSS selector names.
     */
    public void tick(String withinCss, String labelText) {
        WebElement scope = find(withinCss);
        WebElement box = scope.findElement(By.xpath(".//label[contains(normalize-space(.), \"" + labelText + "\")]"
                + "/preceding-sibling::div[contains(@class,'ui-chkbox') or contains(@class,'ui-radiobutton')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        waitFor().ignoring(ElementClickInterceptedException.class).until(d -> {
            box.click();
            return true;
        });
    }

    /**
     * Presses one of the tabs of a patient's record ({@code tabOverview}, {@code tabProgress}, {@code tabOutcomes},
     * {@code tabProgramme}) and waits for its page, which marks it as the current one.
     */
    public void openTab(String id) {
        click("#" + id);
        find("#" + id + "[aria-current='page']");
    }

    /** Waits until the element the CSS selector names shows the text (after an Ajax update replaced it). */
    public void awaitText(String css, String text) {
        waitFor().ignoring(StaleElementReferenceException.class)
                .until(staleAsFalse(d -> d.findElement(By.cssSelector(css)).getText().contains(text)));
    }

    /**
     * The condition, with an element that an Ajax update replaced while it was read taken as "not yet": ChromeDriver
     * sometimes reports such an element as an unknown error ("Node with given id does not belong to the document",
     * SeleniumHQ/selenium#15401) instead of a stale element reference, which a wait's {@code ignoring} cannot name.
     */
    private static java.util.function.Function<WebDriver, Boolean> staleAsFalse(
            java.util.function.Function<WebDriver, Boolean> condition) {
        return d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e instanceof StaleElementReferenceException || String.valueOf(e.getMessage())
                        .contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        };
    }

    /** Whether the element the CSS selector names has the keyboard focus. */
    public boolean hasFocus(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e !== null && e === document.activeElement;", css));
    }

    /** Whether the top of the element is within the window, where a person sees it without scrolling. */
    public boolean inView(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;", css));
    }

    /** What the page's console reported at warning level or worse since the last call, such as a CSP violation. */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public String heading() {
        return find("h1").getText();
    }

    /** The current page's path within the portal, such as {@code /admin/index.xhtml}. */
    public String path() {
        String context = URI.create(base.toString()).getPath().replaceAll("/$", "");
        return URI.create(driver.getCurrentUrl()).getPath().substring(context.length());
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Waits until the page shows this heading (after a redirect or an Ajax update). */
    public void awaitHeading(String text) {
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("h1"), text));
    }

    public void signIn(String username, String password) {
        go("/login.xhtml");
        type("#form\\:username", username);
        type("#form\\:password", password);
        click("#form\\:submit");
    }

    /**
     * Every cookie the browser holds for the portal, as a {@code Cookie} header the way the browser sends it: the session's,
     * and the replicated session's version ({@code JSESSIONIDVERSION}) by which a node finds its latest copy.
     */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Keeps what the browser last showed (screenshot and HTML) in target/browser, to see why a test failed. */
    private void keepLastPage() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            String name = StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().endsWith("IT"))
                    .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                    .findFirst().orElse("browser"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (Exception e) {
            // Only a diagnostic: never let it hide the test's own outcome.
        }
    }

    @Override
    public void close() {
        keepLastPage();
        driver.quit();
        deleteRecursively(profile);
        deleteRecursively(downloads.toFile());
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }
}
