package io.github.methodbank.testkit;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A minimal, correct exporter written on the bare SPI interfaces: the contract must pass for it. */
public class PlainTextProvider implements ExporterProvider {
    static final ExportFormat FORMAT = ExportFormat.of("plain-text", "Plain text", "text/plain", "txt");

    @Override
    public ExportFormat getFormat() {
        return FORMAT;
    }

    @Override
    public List<ExportOption<?>> getOptions() {
        return List.of();
    }

    @Override
    public Exporter create(Map<String, String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + options.keySet() + " for format plain-text; it has none");
        }
        return new Exporter() {
            @Override
            public ExportFormat getFormat() {
                return FORMAT;
            }

            @Override
            public void export(ExportJob job, OutputStream out) throws ExportException {
                StringBuilder sb = new StringBuilder("# " + job.getBank().displayTitle(job.getLanguage()) + " "
                        + job.getEffectiveTimestamp() + "\n");
                for (Method m : job.getMethods()) {
                    sb.append(job.text(m.getName())).append("\n").append(job.richText(m.getDescription()).toPlainText()).append("\n\n");
                }
                try {
                    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new ExportException("could not write the text: " + e.getMessage(), e);
                }
            }
        };
    }
}
