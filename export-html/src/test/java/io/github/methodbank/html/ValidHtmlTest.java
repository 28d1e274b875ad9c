package io.github.methodbank.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every page of a site is valid HTML by the Nu HTML Checker: the sample bank, 18F's methods, and a hostile bank. */
class ValidHtmlTest {

    private static final HtmlSiteExporter NO_DOWNLOADS = HtmlSiteExporter.builder().downloads(false)
            .languages(List.of("all")).build();

    @Test
    void everyPageOfTheSampleIsValidInEveryLanguage() throws Exception {
        MethodBank bank = MethodBanks.loadSample();
        assertValid(Sites.export(HtmlSiteExporter.builder().languages(List.of("all")).build(),
                Sites.job(bank, bank.getMethods(), "fi")), 8 * 3);
    }

    @Test
    void everyPageOf18FIsValid() throws Exception {
        MethodBank bank = Sites.eighteenF();
        assertValid(Sites.export(NO_DOWNLOADS, Sites.job(bank, bank.getMethods(), "en")), 36);
    }

    @Test
    void everyPageOfAHostileBankIsValid() throws Exception {
        MethodBank bank = Sites.hostileBank();
        assertValid(Sites.export(HtmlSiteExporter.builder().downloads(false).languages(List.of("fi", "en", "ar")).build(),
                Sites.job(bank, bank.getMethods(), "fi")), 2 * 3);
    }

    @Test
    void theCheckerFindsErrors() throws Exception {
        NuChecker nu = new NuChecker();
        nu.check("bad.html", "<!DOCTYPE html><html lang=en><title>t</title><p id=a><div id=a></p><a href=x onclick=1>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(nu.errors()).isNotEmpty();
    }

    private static void assertValid(Map<String, byte[]> files, int methodPages) throws Exception {
        NuChecker nu = new NuChecker();
        int pages = 0;
        int methods = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                nu.check(f.getKey(), f.getValue());
                pages++;
                if (f.getKey().matches("[^/]+/methods/[^/]+\\.html") && !f.getKey().endsWith("/index.html")) {
                    methods++;
                }
            }
        }
        assertThat(methods).as("method pages checked").isEqualTo(methodPages);
        assertThat(nu.errors()).as("Nu HTML Checker errors in %d pages", pages).isEmpty();
    }
}
