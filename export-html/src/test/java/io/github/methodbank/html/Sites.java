package io.github.methodbank.html;

import io.github.methodbank.core.BankReader;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Test helpers: export a site, read its files back, parse its pages, and the words a reader sees. */
final class Sites {

    static final Instant TIME = Instant.parse("2026-03-02T10:15:30Z");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Sites() {}

    static ExportJob job(MethodBank bank, List<Method> methods, String lang) {
        return ExportJob.builder().bank(bank).methods(methods).language(lang).timestamp(TIME).build();
    }

    /** The files of an exported site, by path, in the archive's order. */
    static Map<String, byte[]> export(Exporter exporter, ExportJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(job, out);
        } catch (ExportException e) {
            throw new AssertionError(e);
        }
        return unzip(out.toByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (files.put(e.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("the archive holds " + e.getName() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A page parsed as a browser parses it (the HTML5 algorithm), into a DOM. */
    static Document parse(byte[] html) {
        try {
            HtmlDocumentBuilder b = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return b.parse(new InputSource(new ByteArrayInputStream(html)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of an element as a reader gets it: text nodes joined with spaces, scripts left out. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            sb.append(n.getNodeValue()).append(' ');
            return;
        }
        if (n instanceof Element e && (e.getLocalName().equals("script") || e.getLocalName().equals("style"))) {
            return;
        }
        NodeList children = n.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), sb);
        }
    }

    /** The first element of a name. */
    static Element first(Document d, String name) {
        NodeList l = d.getElementsByTagName(name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    /** Every element of a page, in document order. */
    static List<Element> elements(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList l = d.getElementsByTagName("*");
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(text)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word of the method's texts in the job's language, as a reader sees them (without markup). */
    static Set<String> methodWords(ExportJob job, Method m) {
        List<String> texts = new ArrayList<>();
        texts.add(job.text(m.getName()));
        m.getSummary().ifPresent(t -> texts.add(job.text(t)));
        texts.add(job.richText(m.getDescription()).toPlainText());
        m.getHowToUse().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getRequiredSkills().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getExamples().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        job.getBank().sourcesOf(m).ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getTypicalUsers().forEach(t -> texts.add(job.text(t)));
        m.getMaterials().forEach(t -> texts.add(job.text(t)));
        for (Step s : m.getSteps()) {
            texts.add(job.text(s.getTitle()));
            s.getDescription().ifPresent(d -> texts.add(job.richText(d).toPlainText()));
        }
        m.getLinks().forEach(l -> {
            l.getTitle().ifPresent(t -> texts.add(job.text(t)));
            if (l.getTitle().isEmpty()) {
                texts.add(l.getUrl().toString().replaceFirst("^mailto:", ""));
            }
        });
        m.getDurationMinutes().ifPresent(r -> texts.add(job.formatRange(r, io.github.methodbank.core.export.LabelKey.MINUTES)));
        m.getGroupSize().ifPresent(r -> texts.add(job.formatRange(r, io.github.methodbank.core.export.LabelKey.PEOPLE)));
        texts.addAll(m.getTags());
        job.getBank().licenseOf(m).ifPresent(texts::add);
        m.getPhases().forEach(r -> job.getBank().phase(r).ifPresent(p -> texts.add(job.text(p.getName()))));
        return words(String.join(" ", texts));
    }

    /** The 18F method library (CC0), converted to the bank format. */
    static MethodBank eighteenF() {
        try (InputStream in = Sites.class.getResourceAsStream("18f.json")) {
            return BankReader.builder().build().read(in, "18f.json");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A bank whose texts try to become markup: script elements, attributes breaking out of quotes
     * with event handlers, javascript: links in Markdown and raw HTML, right-to-left text, and tags
     * that look like paths.
     */
    static MethodBank hostileBank() {
        String script = "<script>alert('x')</script>";
        String breakout = "\"><img src=x onerror=alert(1)>";
        String rtl = "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD <b>bold?</b>";
        LocalizedText name = LocalizedText.of(Map.of("fi", "Nimi " + script, "en", "Name " + breakout));
        Method m = Method.builder().id("hostile").name(name)
                .summary(LocalizedText.of("fi", breakout + " ' \" & </p></article><script>"))
                .description(LocalizedText.of("fi", "[click](javascript:alert(1)) and [data](data:text/html,<b>x</b>)"
                        + " <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">raw</a>\n\n" + rtl
                        + "\n\n- " + script + "\n- [ok](https://example.org/?a=1&b=\"2\"><script>)"))
                .howToUse(LocalizedText.of("fi", "<style>body{display:none}</style> <iframe src=x></iframe>"))
                .addTags("<script>", "../../etc/passwd", "\" onmouseover=\"x", rtl)
                .addTypicalUsers(LocalizedText.of("fi", "<svg onload=alert(4)>"))
                .addMaterials(LocalizedText.of("fi", "{{7*7}} ${7*7} <%= 7 %>"))
                .addSteps(Step.builder().title(LocalizedText.of("fi", "</li><li>" + script)).minutes(5)
                        .description(LocalizedText.of("fi", "`<script>code</script>`")).build())
                .addLinks(io.github.methodbank.core.Link.of(LocalizedText.of("fi", breakout),
                        java.net.URI.create("https://example.org/it's%22%3E?a=1&b='2'")))
                .addPhases(PhaseRef.of("kehittaminen", "kokeile"))
                .license("CC0 " + script)
                .build();
        MethodBank sample = io.github.methodbank.core.MethodBanks.loadSample();
        return MethodBank.builder().from(sample).title(LocalizedText.of("fi", "Pankki " + script))
                .license("<b>MIT</b>").methods(List.of(m, sample.getMethods().get(0))).build();
    }
}
