package io.github.methodbank.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    private final MethodBank bank = MethodBanks.loadSample();

    private String export(MarkdownExporter exporter, String methodId, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(ExportJob.of(bank, List.of(bank.method(methodId).orElseThrow()), lang), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheMethodWithItsPathsMarkedAndRichText() throws Exception {
        String md = export(MarkdownExporter.builder().build(), "asiakaspolku", "en");
        assertThat(md).startsWith("# ");
        assertThat(md).contains("## <a id=\"asiakaspolku\"></a>Customer journey map");
        assertThat(md).containsPattern("\\*\\*\\[[^]]+\\]\\*\\*"); // a fitting phase is marked
        assertThat(md).contains("\n- "); // a bullet list from the rich text
        assertThat(md).contains("| min | Activity |");
        assertThat(md).contains("](<https://");
    }

    @Test
    void labelsFollowTheLanguage() throws Exception {
        assertThat(export(MarkdownExporter.builder().build(), "tyo-2-0-heimokulttuuri", "fi"))
                .contains("### Näin käytät menetelmää");
        assertThat(export(MarkdownExporter.builder().build(), "tyo-2-0-heimokulttuuri", "sv"))
                .contains("### Så här använder du metoden");
    }

    @Test
    void specialCharactersShowAsWritten() {
        assertThat(MarkdownExporter.escape("5 * 3 [x] <b>")).isEqualTo("5 \\* 3 \\[x\\] \\<b\\>");
        assertThat(MarkdownExporter.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownExporter.escape("1. not a list")).isEqualTo("\\1. not a list");
    }

    @Test
    void providerValidatesItsOptions() {
        var provider = Exporters.forFormat("markdown").orElseThrow();
        assertThat(((MarkdownExporter) provider.create(Map.of("heading-level", "3", "toc", "true"))).getHeadingLevel()).isEqualTo(3);
        assertThatThrownBy(() -> provider.create(Map.of("heading-level", "9"))).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> provider.create(Map.of("toc", "yes"))).hasMessageContaining("true or false");
        assertThatThrownBy(() -> provider.create(Map.of("tok", "true"))).hasMessageContaining("unknown option tok");
    }
}
