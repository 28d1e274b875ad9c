package io.github.methodbank.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import java.nio.charset.StandardCharsets;

/** The contract passes for a correct exporter, and verify() sees every export. */
class PlainTextContractTest extends ExporterContractTest {
    @Override
    protected String getFormatId() {
        return "plain-text";
    }

    @Override
    protected void verify(byte[] output, ExportJob job) {
        String text = new String(output, StandardCharsets.UTF_8);
        for (Method m : job.getMethods()) {
            assertThat(text).contains(job.text(m.getName()));
        }
    }
}
