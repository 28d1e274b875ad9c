package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBank;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Bank text is untrusted: a bank whose texts hold script elements, quotes that try to end an
 * attribute, event handlers, javascript: links and right-to-left text gives pages whose every
 * element and attribute is one the site writes itself; the text shows as text.
 */
class SafeOutputTest {

    /** Every element the site writes. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "link", "script", "body", "a",
            "header", "div", "span", "img", "nav", "ul", "ol", "li", "form", "label", "input", "button", "main", "footer",
            "p", "time", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "dl", "dt", "dd", "figure", "strong",
            "em", "code", "br", "svg", "line", "circle", "text");
    /** Every attribute the site writes. */
    private static final Set<String> ATTRIBUTES = Set.of("lang", "dir", "charset", "name", "content", "http-equiv", "rel",
            "href", "hreflang", "src", "defer", "class", "alt", "aria-label", "aria-current", "aria-labelledby",
            "aria-hidden", "role", "action", "method", "for", "id", "type", "autocomplete", "datetime", "title", "download",
            "start", "data-id", "data-none", "data-one", "data-many", "xmlns", "viewBox", "viewbox", "width", "height",
            "focusable", "font-family", "x1", "y1", "x2", "y2", "stroke", "stroke-width", "cx", "cy", "r", "fill", "x", "y",
            "text-anchor", "font-size", "font-weight", "font-style", "text-decoration", "tabindex");

    @Test
    void noElementOrAttributeComesFromBankText() {
        MethodBank bank = Sites.hostileBank();
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().languages(List.of("en", "ar")).build(),
                Sites.job(bank, bank.getMethods(), "fi"));
        int pages = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            Document d = Sites.parse(f.getValue());
            for (Element e : Sites.elements(d)) {
                String where = f.getKey() + " <" + e.getLocalName() + ">";
                assertThat(ELEMENTS).as(where).contains(e.getLocalName());
                NamedNodeMap attrs = e.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                    assertThat(ATTRIBUTES).as(where + " attribute " + name).contains(name);
                    if (name.equals("href") || name.equals("src") || name.equals("action")) {
                        String v = a.getValue();
                        assertThat(v.matches("(https?:|mailto:).*") || v.matches("[A-Za-z0-9._/#%-]*"))
                                .as(where + " " + name + "=" + v).isTrue();
                    }
                }
                if (e.getLocalName().equals("script")) {
                    assertThat(e.getAttribute("src")).as(where).matches("(\\.\\./)*(assets/search\\.js|search-index\\.js)");
                    assertThat(e.getTextContent()).as(where).isEmpty();
                }
                if (e.getLocalName().equals("img")) {
                    assertThat(e.getAttribute("src")).as(where).doesNotContain("x").endsWith(".png");
                }
            }
        }
        assertThat(pages).isGreaterThan(20);

        Document page = Sites.parse(files.get("fi/methods/hostile.html"));
        String h1 = Sites.text(Sites.first(page, "h1")).trim();
        assertThat(h1).isEqualTo("Nimi <script>alert('x')</script>");
        String main = Sites.text(Sites.first(page, "main"));
        assertThat(main).contains("<img src=x onerror=alert(2)>", "click (javascript:alert(1))", "<svg onload=alert(4)>",
                "\"><img src=x onerror=alert(1)>", "{{7*7}} ${7*7} <%= 7 %>", "`<script>code</script>`".replace("`", ""));
        // the Arabic paragraph runs right to left in a left-to-right page
        assertThat(Sites.elements(page)).anySatisfy(e -> {
            assertThat(e.getAttribute("dir")).isEqualTo("rtl");
            assertThat(e.getTextContent()).startsWith("\u0645\u0631\u062D\u0628\u0627");
        });
        // the English page of a text only in Finnish says it is Finnish
        Document en = Sites.parse(files.get("en/methods/hostile.html"));
        assertThat(Sites.elements(en)).anySatisfy(e -> {
            assertThat(e.getLocalName()).isEqualTo("p");
            assertThat(e.getAttribute("class")).isEqualTo("summary");
            assertThat(e.getAttribute("lang")).isEqualTo("fi");
        });
        // the Arabic site runs right to left
        assertThat(Sites.first(Sites.parse(files.get("ar/index.html")), "html").getAttribute("dir")).isEqualTo("rtl");
        // the search index is data, safe in any context
        String index = new String(files.get("fi/search-index.js"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("<", ">", "&").startsWith("window.methodbankIndex = {");
    }

    @Test
    void onlyHttpHttpsAndMailtoLinksAreWritten() {
        MethodBank bank = Sites.hostileBank();
        Map<String, byte[]> files = Sites.export(HtmlSiteExporter.builder().downloads(false).build(),
                Sites.job(bank, bank.getMethods(), "fi"));
        String html = new String(files.get("fi/methods/hostile.html"), StandardCharsets.UTF_8);
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<([a-z0-9]+)([^>]*)>").matcher(html);
        int links = 0;
        while (tags.find()) {
            String attributes = tags.group(2);
            assertThat(tags.group(1)).as(tags.group()).isNotIn("script", "img", "iframe", "style", "svg");
            assertThat(attributes).as(tags.group()).doesNotContainPattern("\\son[a-z]+=");
            java.util.regex.Matcher href = java.util.regex.Pattern.compile("\\shref=\"([^\"]*)\"").matcher(attributes);
            if (href.find()) {
                links++;
                assertThat(href.group(1)).as(tags.group()).matches("(https?:|mailto:|\\.\\./|#|[a-z0-9-]+\\.html).*");
            }
        }
        assertThat(links).isGreaterThan(10);
        assertThat(html).contains("<h1>Nimi &lt;script&gt;alert('x')&lt;/script&gt;</h1>")
                .contains("href=\"https://example.org/it&#39;s%22%3E?a=1&amp;b=&#39;2&#39;\"");
    }
}
