package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, word for word in {@link MethodPage}, runs. */
class EmbeddingExampleTest {

    // README: "Showing a method in your own web application"
    static class MethodPage {
        private static final HtmlSiteExporter SITE = HtmlSiteExporter.withDefaults();
        private final MethodBank bank = MethodBanks.loadSample();

        /** One method's HTML for a page of your own web application. */
        String render(String methodId, String language) throws IOException {
            Method method = bank.method(methodId).orElseThrow();
            StringBuilder html = new StringBuilder();
            SITE.writeMethodFragment(bank, method, language, new SiteLinks() {
                @Override
                public String method(Method m) {
                    return "/methods/" + m.getId();
                }

                @Override
                public String phase(PhaseRef p) {
                    return "/phases/" + p.getPathId() + "/" + p.getPhaseId();
                }
            }, html);
            return html.toString();
        }

        /** The style sheet of those fragments, with the paths' colours: serve it once. */
        String css() {
            return SITE.stylesheet(bank);
        }
    }

    @Test
    void theReadmesExampleRendersAMethod() throws Exception {
        MethodPage page = new MethodPage();
        String html = page.render("asiakaspolku", "sv");
        assertThat(html).startsWith("<article class=\"method").contains("href=\"/phases/kehittaminen/kartoita\"");
        assertThat(page.css()).contains("ol.phases");
    }
}
