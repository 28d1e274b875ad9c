package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;

/** The exporter contract for html-site: every page there, every word of every method on its page. */
class HtmlSiteContractTest extends io.github.methodbank.testkit.ExporterContractTest {

    @Override
    protected String getFormatId() {
        return "html-site";
    }

    @Override
    protected void verify(byte[] output, ExportJob job) throws Exception {
        Map<String, byte[]> files = Sites.unzip(output);
        String lang = job.getLanguage();
        assertThat(files).containsKeys("index.html", "assets/site.css", "assets/search.js", lang + "/index.html",
                lang + "/methods/index.html", lang + "/search.html", lang + "/search-index.js");
        for (Method m : job.getMethods()) {
            byte[] page = files.get(lang + "/methods/" + m.getId() + ".html");
            assertThat(page).as("page of method %s", m.getId()).isNotNull();
            Document d = Sites.parse(page);
            assertThat(Sites.first(d, "html").getAttribute("lang")).isEqualTo(lang);
            String text = Sites.text(Sites.first(d, "main"));
            Set<String> words = Sites.words(text);
            // nothing cut off: every word of the method's texts is on its page
            assertThat(words).as("words of method %s", m.getId()).containsAll(Sites.methodWords(job, m));
            assertThat(new String(files.get(lang + "/search-index.js"), StandardCharsets.UTF_8)).contains('"' + m.getId() + '"');
        }
    }
}
