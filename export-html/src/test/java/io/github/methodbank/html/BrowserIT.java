package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser: Debian's headless Chromium driven through Selenium (no browser or
 * driver is downloaded: both are named by path). Walks front page, path map, phase, method and
 * download, the language switch and search; runs axe-core (the npm package's axe.min.js, injected
 * into the page) on every page type in Finnish and English, asking for no WCAG 2.1 A or AA
 * violation; checks that no page logs an error (a Content-Security-Policy violation would); and
 * with JavaScript off, follows the links from the front page to every method. Skipped with a
 * message where Chromium, its driver or axe-core is missing; CI installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("methodbank.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("methodbank.chromedriver", "/usr/bin/chromedriver"));
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path tmp;

    private String axe;
    private Path sample;
    private Path eighteenF;
    private final List<WebDriver> drivers = new ArrayList<>();
    /** axe-core's result per page type and language, for the report. */
    private final Map<String, Integer> violations = new LinkedHashMap<>();

    @BeforeAll
    void setUp() throws Exception {
        Path axeFile = Path.of(System.getProperty("methodbank.axe", "target/axe/node_modules/axe-core/axe.min.js"));
        need(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": apt-get install chromium");
        need(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER + ": apt-get install chromium-driver");
        need(Files.isRegularFile(axeFile),
                "no axe-core at " + axeFile + ": npm install --prefix target/axe axe-core@4 (as .ci/run does)");
        axe = Files.readString(axeFile, StandardCharsets.UTF_8);
        MethodBank bank = MethodBanks.loadSample();
        sample = Files.createDirectories(tmp.resolve("sample"));
        HtmlSiteExporter.builder().languages(List.of("all")).build().exportTo(job(bank, "fi"), sample);
        MethodBank f18 = Sites.eighteenF();
        eighteenF = Files.createDirectories(tmp.resolve("18f"));
        HtmlSiteExporter.builder().languages(List.of("fi")).downloads(false).build().exportTo(job(f18, "en"), eighteenF);
        serve();
    }

    /** Serves {@link #tmp} on the loopback address, as a plain static web server would. */
    private com.sun.net.httpserver.HttpServer server;

    private String http(Path file) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + tmp.relativize(file).toString().replace('\\', '/');
    }

    private void serve() throws IOException {
        server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = tmp.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            byte[] body;
            int status = 200;
            if (file.startsWith(tmp) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".js") ? "text/javascript" : name.endsWith(".png") ? "image/png"
                        : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
                exchange.getResponseHeaders().set("Content-Type", type);
            } else {
                body = "not found".getBytes(StandardCharsets.UTF_8);
                status = 404;
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Skips the tests without what they need; under CI (CI=true), where .ci/run installs it, fails them. */
    private static void need(boolean present, String message) {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as(message).isTrue();
        }
        Assumptions.assumeTrue(present, message);
    }

    @AfterAll
    void tearDown() {
        drivers.forEach(WebDriver::quit);
        if (server != null) {
            server.stop(0);
        }
        if (!violations.isEmpty()) {
            System.out.println("axe-core WCAG 2.1 A/AA violations per page: " + violations);
        }
    }

    private static ExportJob job(MethodBank bank, String lang) {
        return ExportJob.builder().bank(bank).methods(bank.getMethods()).language(lang).timestamp(Sites.TIME).build();
    }

    private WebDriver browser(boolean javascript, Path downloads) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        o.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        drivers.add(d);
        return d;
    }

    @Test
    void theSampleSiteFromFrontPageToDownloadWithLanguageSwitchAndSearch() throws Exception {
        Path downloads = Files.createDirectories(tmp.resolve("downloads"));
        WebDriver d = browser(true, downloads);
        d.get(http(sample.resolve("index.html")));
        axe(d, "root (language choice)", "fi");
        d.findElement(By.cssSelector("a[hreflang='fi']")).click();
        assertThat(d.getCurrentUrl()).endsWith("/fi/index.html");
        axe(d, "front page", "fi");

        // the path map: a phase of the drawing
        d.findElement(By.cssSelector("svg.map a[href*='phases/kehittaminen/kokeile']")).click();
        assertThat(d.getCurrentUrl()).endsWith("/fi/phases/kehittaminen/kokeile.html");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Kokeile");
        axe(d, "phase", "fi");

        // a method of the phase
        WebElement first = d.findElement(By.cssSelector(".method-list a"));
        String name = first.getText();
        first.click();
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        String methodUrl = d.getCurrentUrl();
        String id = methodUrl.substring(methodUrl.lastIndexOf('/') + 1, methodUrl.length() - 5);
        axe(d, "method", "fi");

        // its printable card downloads
        ((ChromeDriver) d).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        d.findElement(By.cssSelector("a[href$='downloads/methods/" + id + ".pdf']")).click();
        Path pdf = downloads.resolve(id + ".pdf");
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> Files.isRegularFile(pdf));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String docx = d.findElement(By.cssSelector("a[href$='downloads/methods/" + id + ".docx']")).getAttribute("href");
        assertThat(docx).endsWith("/fi/downloads/methods/" + id + ".docx");
        assertThat(sample.resolve("fi/downloads/methods/" + id + ".docx")).isRegularFile();

        // a tag of the method
        d.findElement(By.cssSelector("ul.tags a")).click();
        assertThat(d.getCurrentUrl()).contains("/fi/tags/");
        axe(d, "tag", "fi");
        d.navigate().back();

        // the language switch: the same method in English
        d.findElement(By.cssSelector("nav.languages a[hreflang='en']")).click();
        assertThat(d.getCurrentUrl()).endsWith("/en/methods/" + id + ".html");
        assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        axe(d, "method", "en");

        // search from the header
        WebElement q = d.findElement(By.id("q"));
        q.sendKeys("retrospective");
        q.submit();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.id("search-status")).getText()
                .contains("retrospective"));
        assertThat(d.findElement(By.id("search-status")).getText()).isEqualTo("1 method matches \u201cretrospective\u201d");
        List<String> shown = new ArrayList<>();
        for (WebElement li : d.findElements(By.cssSelector("#results > li"))) {
            if (li.isDisplayed()) {
                shown.add(li.getAttribute("data-id"));
            }
        }
        assertThat(shown).containsExactly("retrospektiivi");
        assertThat(d.findElement(By.id("q")).getAttribute("value")).isEqualTo("retrospective");
        axe(d, "search", "en");

        // the other page types in both languages
        for (String lang : List.of("fi", "en")) {
            d.get(http(sample.resolve(lang + "/methods/index.html")));
            axe(d, "all methods", lang);
            d.get(http(sample.resolve(lang + "/tags/index.html")));
            axe(d, "tags", lang);
            if (lang.equals("en")) {
                d.get(http(sample.resolve("en/index.html")));
                axe(d, "front page", lang);
                d.get(http(sample.resolve("en/phases/johtaminen/tunnista-tilanteesi.html")));
                axe(d, "phase", lang);
                d.get(http(sample.resolve("en/tags/johtaminen.html")));
                axe(d, "tag", lang);
            } else {
                d.get(http(sample.resolve("fi/search.html")) + "?q=asiakas");
                axe(d, "search", lang);
            }
        }
        noErrorsLogged(d);
    }

    @Test
    void the18FSiteInFinnishAndEnglishHasNoViolations() throws Exception {
        WebDriver d = browser(true, tmp);
        for (String lang : List.of("en", "fi")) {
            Path site = eighteenF.resolve(lang);
            Method m = Sites.eighteenF().getMethods().get(0);
            String[][] pages = {{"front page", "index.html"}, {"all methods", "methods/index.html"},
                {"phase", "phases/18f/decide.html"}, {"method", "methods/" + m.getId() + ".html"},
                {"tag", firstTagPage(site)}, {"tags", "tags/index.html"}, {"search", "search.html?q=interview"}};
            for (String[] p : pages) {
                String[] file = p[1].split("\\?");
                d.get(http(site.resolve(file[0])) + (file.length > 1 ? "?" + file[1] : ""));
                axe(d, "18F " + p[0], lang);
            }
        }
        noErrorsLogged(d);
        // a control: axe-core does find a violation on a page that has one (an image without alt text)
        ((JavascriptExecutor) d).executeScript("document.querySelector('main').appendChild(document.createElement('img'));");
        assertThat(axeViolations(d)).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    private static String firstTagPage(Path site) throws IOException {
        try (var files = Files.list(site.resolve("tags"))) {
            return "tags/" + files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("index.html")).sorted()
                    .findFirst().orElseThrow();
        }
    }

    /** Without JavaScript, from files (file: URLs) as well as served: every method is reached by links. */
    @Test
    void withoutJavaScriptTheLinksReachEveryMethod() throws Exception {
        WebDriver d = browser(false, tmp);
        for (Path site : List.of(sample, eighteenF)) {
            MethodBank bank = site == sample ? MethodBanks.loadSample() : Sites.eighteenF();
            d.get(site.resolve("index.html").toUri().toString());
            WebElement lang = d.findElements(By.cssSelector("a[hreflang]")).get(0);
            lang.click();
            String start = d.getCurrentUrl();
            String langDir = start.substring(0, start.lastIndexOf('/') + 1);
            // the search page without a script: every method is listed
            WebElement q = d.findElement(By.id("q"));
            q.sendKeys("xyz");
            q.submit();
            assertThat(d.findElements(By.cssSelector("#results > li")).stream().filter(WebElement::isDisplayed).count())
                    .isEqualTo(bank.getMethods().size());
            // follow links from the front page
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            Set<String> methodsReached = new LinkedHashSet<>();
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (!seen.add(url)) {
                    continue;
                }
                d.get(url);
                if (url.contains("/methods/") && !url.endsWith("/index.html")) {
                    methodsReached.add(url.substring(url.lastIndexOf('/') + 1, url.length() - 5));
                }
                for (WebElement a : d.findElements(By.cssSelector("a[href]"))) {
                    String href = a.getAttribute("href").replaceAll("[?#].*", "");
                    if (href.startsWith(langDir) && href.endsWith(".html") && !seen.contains(href)) {
                        queue.add(href);
                    }
                }
            }
            assertThat(methodsReached).as("methods reached without JavaScript from %s", start)
                    .containsExactlyInAnyOrderElementsOf(bank.getMethods().stream().map(Method::getId).toList());
        }
    }

    /** Runs axe-core on the page: no WCAG 2.1 A or AA violation. */
    private void axe(WebDriver d, String pageType, String lang) {
        List<String> found = axeViolations(d);
        violations.merge(pageType + " [" + lang + "]", found.size(), Integer::sum);
        assertThat(found).as("axe-core WCAG 2.1 A/AA violations on %s (%s) %s", pageType, lang, d.getCurrentUrl()).isEmpty();
    }

    /** axe-core's WCAG 2.1 A and AA violations on the page, each as "rule (impact): elements". */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations(WebDriver d) {
        JavascriptExecutor js = (JavascriptExecutor) d;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, preload: false})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
                + "})); }, function (e) { done(['axe failed: ' + e]); });", WCAG);
        return (List<String>) result;
    }

    private static void noErrorsLogged(WebDriver d) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : d.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertThat(errors).as("errors in the browser's console (a Content-Security-Policy violation is one)").isEmpty();
    }

    /** The files of a directory, for messages. */
    static List<File> list(Path dir) {
        File[] files = dir.toFile().listFiles();
        return files == null ? List.of() : List.of(files);
    }
}
