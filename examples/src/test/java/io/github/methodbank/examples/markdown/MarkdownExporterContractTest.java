package io.github.methodbank.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.testkit.ExporterContractTest;
import java.nio.charset.StandardCharsets;

/** The test kit run against the example exporter: all a format author needs to write. */
class MarkdownExporterContractTest extends ExporterContractTest {

    @Override
    protected String getFormatId() {
        return "markdown";
    }

    @Override
    protected void verify(byte[] output, ExportJob job) {
        String md = new String(output, StandardCharsets.UTF_8);
        for (Method m : job.getMethods()) {
            assertThat(md).contains(MarkdownExporter.escape(job.text(m.getName())));
        }
    }
}
