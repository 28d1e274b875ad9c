package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.core.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlSiteExporterTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();
    private static final HtmlSiteExporter ALL_LANGUAGES = HtmlSiteExporter.builder().languages(List.of("all"))
            .downloads(false).build();

    @Test
    void everyWordOfEveryMethodReachesItsPageInEveryLanguageOfTheSample() {
        Map<String, byte[]> files = Sites.export(ALL_LANGUAGES, Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"));
        for (String lang : List.of("fi", "sv", "en")) {
            ExportJob job = Sites.job(SAMPLE, SAMPLE.getMethods(), lang);
            for (Method m : SAMPLE.getMethods()) {
                Document page = Sites.parse(files.get(lang + "/methods/" + m.getId() + ".html"));
                assertThat(Sites.words(Sites.text(Sites.first(page, "main")))).as("%s in %s", m.getId(), lang)
                        .containsAll(Sites.methodWords(job, m));
            }
        }
    }

    @Test
    void everyMethodOf18FReachesItsPage() {
        MethodBank bank = Sites.eighteenF();
        ExportJob job = Sites.job(bank, bank.getMethods(), "en");
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(), job);
        for (Method m : bank.getMethods()) {
            Document page = Sites.parse(files.get("en/methods/" + m.getId() + ".html"));
            assertThat(Sites.words(Sites.text(Sites.first(page, "main")))).as(m.getId())
                    .containsAll(Sites.methodWords(job, m));
        }
    }

    @Test
    void everyPageHasItsLanguageAndLinksTheSamePageInTheOthers() {
        Map<String, byte[]> files = Sites.export(ALL_LANGUAGES, Sites.job(SAMPLE, SAMPLE.getMethods(), "sv"));
        assertThat(files.keySet()).contains("sv/index.html", "fi/index.html", "en/index.html");
        // the export's language comes first: the root chooses among the three, Swedish first
        Document root = Sites.parse(files.get("index.html"));
        assertThat(Sites.first(root, "html").getAttribute("lang")).isEqualTo("sv");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html") || f.getKey().equals("index.html")) {
                continue;
            }
            String lang = f.getKey().substring(0, 2);
            String rest = f.getKey().substring(3);
            Document d = Sites.parse(f.getValue());
            assertThat(Sites.first(d, "html").getAttribute("lang")).as(f.getKey()).isEqualTo(lang);
            List<String> alternates = new ArrayList<>();
            List<String> switches = new ArrayList<>();
            for (Element e : Sites.elements(d)) {
                if (e.getLocalName().equals("link") && e.getAttribute("rel").equals("alternate")) {
                    alternates.add(e.getAttribute("hreflang") + " " + e.getAttribute("href"));
                }
                if (e.getLocalName().equals("a") && !e.getAttribute("hreflang").isEmpty()) {
                    switches.add(e.getAttribute("hreflang") + " " + e.getAttribute("href"));
                }
            }
            String up = "../".repeat(rest.split("/").length);
            for (String other : List.of("fi", "sv", "en")) {
                if (!other.equals(lang)) {
                    String expected = other + " " + up + other + "/" + rest;
                    assertThat(alternates).as(f.getKey()).contains(expected);
                    assertThat(switches).as(f.getKey()).contains(expected);
                    assertThat(files).as("target of %s", expected).containsKey(other + "/" + rest);
                }
            }
        }
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileOfTheSite() {
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().languages(List.of("en")).build(),
                Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"));
        int links = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            java.net.URI base = java.net.URI.create("site:/" + f.getKey());
            for (Element e : Sites.elements(Sites.parse(f.getValue()))) {
                for (String a : List.of("href", "src", "action")) {
                    String v = e.getAttribute(a);
                    if (v.isEmpty() || v.matches("(https?|mailto):.*")) {
                        continue;
                    }
                    String target = base.resolve(v.replaceAll("[?#].*", "")).getPath().substring(1);
                    if (v.startsWith("#")) {
                        continue;
                    }
                    links++;
                    assertThat(files).as("%s in %s", v, f.getKey()).containsKey(target);
                }
            }
        }
        assertThat(links).isGreaterThan(1000);
    }

    @Test
    void textInAFallbackLanguageCarriesItsOwnLang() {
        Method m = Method.builder().id("only-fi").name(LocalizedText.of("fi", "Vain suomeksi"))
                .description(LocalizedText.of(Map.of("fi", "Kuvaus", "en", "Description")))
                .addPhases(PhaseRef.of("kehittaminen", "kokeile")).build();
        MethodBank bank = MethodBank.builder().from(SAMPLE).defaultLanguage("fi").title(LocalizedText.of("fi", "Pankki"))
                .methods(List.of(m)).build();
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(),
                Sites.job(bank, bank.getMethods(), "en"));
        Document page = Sites.parse(files.get("en/methods/only-fi.html"));
        Element h1 = Sites.first(page, "h1");
        assertThat(h1.getAttribute("lang")).isEqualTo("fi");
        assertThat(h1.getTextContent()).isEqualTo("Vain suomeksi");
        assertThat(Sites.first(Sites.parse(files.get("en/index.html")), "h1").getAttribute("lang")).isEqualTo("fi");
        // the description is in English: no lang of its own
        assertThat(new String(files.get("en/methods/only-fi.html"), StandardCharsets.UTF_8))
                .contains("<h2 id=\"h-description\">Description</h2><p>Description</p>");
    }

    @Test
    void downloadsAreMadeThroughTheSpiAndLinked() throws Exception {
        assertThat(Exporters.forFormat("pdf-cards")).isPresent();
        List<Method> two = SAMPLE.getMethods().subList(0, 2);
        HtmlSiteExporter site = HtmlSiteExporter.builder().cardOptions(Map.of("size", "poker"))
                .workshopOptions(Map.of("start", "13:00")).build();
        Map<String, byte[]> files = Sites.export(site, Sites.job(SAMPLE, two, "fi"));
        String id = two.get(0).getId();
        assertThat(files).containsKeys("fi/downloads/cards.pdf", "fi/downloads/workshop.docx",
                "fi/downloads/methods/" + id + ".pdf", "fi/downloads/methods/" + id + ".docx");
        assertThat(new String(files.get("fi/downloads/methods/" + id + ".pdf"), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        // the card options passed through: a poker card is 63 x 88 mm (+3 mm bleed each side)
        ByteArrayOutputStream poker = new ByteArrayOutputStream();
        Exporters.forFormat("pdf-cards").get().create(Map.of("size", "poker"))
                .export(Sites.job(SAMPLE, List.of(two.get(0)), "fi"), poker);
        assertThat(files.get("fi/downloads/methods/" + id + ".pdf")).isEqualTo(poker.toByteArray());
        String page = new String(files.get("fi/methods/" + id + ".html"), StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"../downloads/methods/" + id + ".pdf\"", "href=\"../downloads/methods/" + id + ".docx\"",
                "Tulostettava kortti (PDF)", "Työpajadokumentti (Word)");
        assertThat(new String(files.get("fi/index.html"), StandardCharsets.UTF_8))
                .contains("href=\"downloads/cards.pdf\"", "href=\"downloads/workshop.docx\"");
    }

    @Test
    void withoutDownloadsNoneAreMadeOrLinked() {
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(),
                Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"));
        assertThat(files.keySet()).noneMatch(f -> f.contains("downloads/"));
        assertThat(new String(files.get("fi/index.html"), StandardCharsets.UTF_8)).doesNotContain("downloads/");
    }

    @Test
    void badOptionsOfTheDownloadsAreAnExportExceptionNamingTheOption() {
        HtmlSiteExporter site = HtmlSiteExporter.builder().cardOptions(Map.of("size", "huge")).build();
        assertThatThrownBy(() -> site.export(Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"), new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class).hasMessageContaining("card-options").hasMessageContaining("huge");
    }

    @Test
    void pagesPerPhaseAndTagListTheirMethods() {
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(),
                Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"));
        PhaseRef kokeile = PhaseRef.of("kehittaminen", "kokeile");
        String phase = Sites.text(Sites.first(Sites.parse(files.get("fi/phases/kehittaminen/kokeile.html")), "main"));
        for (Method m : SAMPLE.methodsIn(kokeile)) {
            assertThat(phase).contains(SAMPLE.text(m.getName(), "fi"));
        }
        Method first = SAMPLE.getMethods().get(0);
        String tag = first.getTags().get(0);
        String tagPage = Sites.text(Sites.first(Sites.parse(files.get("fi/tags/" + tag + ".html")), "main"));
        for (Method m : SAMPLE.methodsTagged(tag)) {
            assertThat(tagPage).contains(SAMPLE.text(m.getName(), "fi"));
        }
        // every page of every method is linked from the list of all methods, which needs no script
        String all = new String(files.get("fi/methods/index.html"), StandardCharsets.UTF_8);
        SAMPLE.getMethods().forEach(m -> assertThat(all).contains("href=\"" + m.getId() + ".html\""));
    }

    @Test
    void theFrontPageDrawsEachPathWithTheSameContentAsLists() {
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(),
                Sites.job(SAMPLE, SAMPLE.getMethods(), "en"));
        Document front = Sites.parse(files.get("en/index.html"));
        List<Element> svgs = Sites.elements(front).stream().filter(e -> e.getLocalName().equals("svg")).toList();
        assertThat(svgs).hasSize(SAMPLE.getPaths().size());
        assertThat(svgs).allSatisfy(s -> assertThat(s.getAttribute("aria-hidden")).isEqualTo("true"));
        List<Element> lists = Sites.elements(front).stream().filter(e -> e.getAttribute("class").equals("map-list")).toList();
        assertThat(lists).hasSize(SAMPLE.getPaths().size());
        for (int i = 0; i < svgs.size(); i++) {
            // every method and phase drawn is in the list, by its link
            Set<String> drawn = new java.util.TreeSet<>();
            Set<String> listed = new java.util.TreeSet<>();
            for (Element e : Sites.elements(front)) {
                if (e.getLocalName().equals("a") && isInside(e, svgs.get(i))) {
                    drawn.add(e.getAttribute("href"));
                    assertThat(e.getAttribute("tabindex")).isEqualTo("-1");
                }
                if (e.getLocalName().equals("a") && isInside(e, lists.get(i))) {
                    listed.add(e.getAttribute("href"));
                }
            }
            assertThat(drawn).isNotEmpty().isEqualTo(listed);
        }
        // the path colours are the cards' palette, by path position
        String css = new String(files.get("assets/site.css"), StandardCharsets.UTF_8);
        assertThat(css).contains(".path-0 { --path: #1F4E79; }", ".path-1 { --path: #2E6B30; }",
                ".path-none { --path: #333333; }");
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (org.w3c.dom.Node n = e; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void themeOptionsTakeTitleLogoStylesheetAndColours(@TempDir Path dir) throws Exception {
        Path css = Files.writeString(dir.resolve("mine.css"), "body { background: #fffff0; }");
        byte[] png = MethodBanks.class.getResourceAsStream("sample/images/asiakaspolku.png").readAllBytes();
        Path logo = Files.write(dir.resolve("logo.png"), png);
        var provider = Exporters.forFormat("html-site").orElseThrow();
        var site = provider.create(Map.of("title", "Our methods", "logo", logo.toString(), "css", css.toString(),
                "colors", "palette=#101010/#202020,path.kehittaminen=#0000AA,accent=#111111", "downloads", "false"));
        Map<String, byte[]> files = Sites.export(site, Sites.job(SAMPLE, SAMPLE.getMethods(), "fi"));
        assertThat(files.get("assets/custom.css")).isEqualTo(Files.readAllBytes(css));
        assertThat(files.get("assets/logo.png")).isEqualTo(png);
        String front = new String(files.get("fi/index.html"), StandardCharsets.UTF_8);
        assertThat(front).contains("<title>Our methods</title>", "href=\"../assets/custom.css\"",
                "<img src=\"../assets/logo.png\" alt=\"\">");
        assertThat(new String(files.get("assets/site.css"), StandardCharsets.UTF_8))
                .contains(".path-0 { --path: #101010; }", ".path-1 { --path: #0000AA; }", ".path-none { --path: #111111; }");
        assertThat(SiteColors.parse(SiteColors.defaults().toString())).isEqualTo(SiteColors.defaults());
        assertThatThrownBy(() -> provider.create(Map.of("colors", "palette=red"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("colors");
        assertThatThrownBy(() -> provider.create(Map.of("languages", "fi,not a tag")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languages");
        assertThatThrownBy(() -> provider.create(Map.of("logo", css.toString()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theArchiveIsTheSameInAnyTimeZone() {
        TimeZone old = TimeZone.getDefault();
        ExportJob job = Sites.job(SAMPLE, SAMPLE.getMethods(), "fi");
        HtmlSiteExporter site = HtmlSiteExporter.builder().downloads(false).build();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Helsinki"));
            byte[] helsinki = zip(site, job);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(zip(site, job)).isEqualTo(helsinki);
        } finally {
            TimeZone.setDefault(old);
        }
    }

    private static byte[] zip(HtmlSiteExporter site, ExportJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            site.export(job, out);
        } catch (ExportException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    void aDirectoryGetsTheArchivesFiles(@TempDir Path dir) throws Exception {
        ExportJob job = Sites.job(SAMPLE, SAMPLE.getMethods(), "fi");
        HtmlSiteExporter site = HtmlSiteExporter.builder().downloads(false).build();
        site.exportTo(job, dir);
        Map<String, byte[]> zip = Sites.export(site, job);
        for (Map.Entry<String, byte[]> f : zip.entrySet()) {
            assertThat(dir.resolve(f.getKey())).as(f.getKey()).hasBinaryContent(f.getValue());
        }
        assertThatThrownBy(() -> site.exportTo(job, dir.resolve("missing"))).isInstanceOf(ExportException.class);
    }

    @Test
    void progressCountsMethodPages() {
        List<String> seen = new ArrayList<>();
        ExportJob job = ExportJob.builder().bank(SAMPLE).methods(SAMPLE.getMethods()).language("fi")
                .timestamp(Sites.TIME).listener(new ExportListener() {
                    @Override
                    public void progress(int done, int total) {
                        seen.add(done + "/" + total);
                    }
                }).build();
        Sites.export(ALL_LANGUAGES, job);
        assertThat(seen).hasSize(24).startsWith("1/24").endsWith("24/24");
    }

    @Test
    void aMethodsFragmentForAnotherApplication() throws Exception {
        Method m = SAMPLE.method("asiakaspolku").orElseThrow();
        StringBuilder out = new StringBuilder();
        HtmlSiteExporter.withDefaults().writeMethodFragment(SAMPLE, m, "en", new SiteLinks() {
            @Override
            public String method(Method method) {
                return "/methods/" + method.getId();
            }

            @Override
            public String phase(PhaseRef phase) {
                return "/phases/" + phase.asString();
            }

            @Override
            public Optional<String> card(Method method) {
                return Optional.of("/cards/" + method.getId() + ".pdf");
            }
        }, out);
        String html = out.toString();
        assertThat(html).startsWith("<article class=\"method path-").endsWith("</article>")
                .contains("<h1>Customer journey</h1>".replace("Customer journey", SAMPLE.text(m.getName(), "en")))
                .contains("href=\"/phases/kehittaminen/kartoita\"", "href=\"/cards/asiakaspolku.pdf\"")
                .doesNotContain("<img", "/tags/");
        ExportJob job = Sites.job(SAMPLE, List.of(m), "en");
        assertThat(Sites.words(Sites.text(Sites.parse(("<!DOCTYPE html><meta charset=\"utf-8\"><title>x</title>" + html)
                .getBytes(StandardCharsets.UTF_8))))).containsAll(Sites.methodWords(job, m));
        assertThat(HtmlSiteExporter.withDefaults().stylesheet(SAMPLE)).contains(".path-0 { --path: #1F4E79; }");
        StringBuilder relative = new StringBuilder();
        HtmlSiteExporter.withDefaults().writeMethodFragment(SAMPLE, m, "fi", SiteLinks.relativeToMethodPage(), relative);
        assertThat(relative.toString()).contains("href=\"../phases/kehittaminen/kartoita.html\"");
    }
}
