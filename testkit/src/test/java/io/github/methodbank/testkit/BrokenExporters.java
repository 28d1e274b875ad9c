package io.github.methodbank.testkit;

import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Exporters that break the contract in one way each; the contract test must catch them. */
final class BrokenExporters {
    private BrokenExporters() {}

    /** Closes the caller's stream. */
    public static class Closing implements ExporterProvider {
        @Override
        public ExportFormat getFormat() {
            return ExportFormat.of("broken-closing", "Closes the stream", "text/plain", "txt");
        }

        @Override
        public List<ExportOption<?>> getOptions() {
            return List.of();
        }

        @Override
        public Exporter create(Map<String, String> options) {
            ExportFormat f = getFormat();
            return new Exporter() {
                @Override
                public ExportFormat getFormat() {
                    return f;
                }

                @Override
                public void export(ExportJob job, OutputStream out) throws ExportException {
                    try (out) {
                        out.write('x');
                    } catch (IOException e) {
                        throw new ExportException("write failed", e);
                    }
                }
            };
        }
    }

    /** Swallows write failures and writes the time of day. */
    public static class Swallowing extends Closing {
        @Override
        public ExportFormat getFormat() {
            return ExportFormat.of("broken-swallowing", "Swallows failures", "text/plain", "txt");
        }

        @Override
        public Exporter create(Map<String, String> options) {
            ExportFormat f = getFormat();
            return new Exporter() {
                @Override
                public ExportFormat getFormat() {
                    return f;
                }

                @Override
                public void export(ExportJob job, OutputStream out) {
                    try {
                        out.write(String.valueOf(System.nanoTime()).getBytes());
                        out.write(new byte[1000]);
                    } catch (IOException ignored) {
                        // the fault this exporter demonstrates
                    }
                }
            };
        }
    }

    /** The contract run against {@link Closing}. */
    static class BrokenClosingContract extends ExporterContractTest {
        @Override
        protected String getFormatId() {
            return "broken-closing";
        }
    }

    /** The contract run against {@link Swallowing}. */
    static class BrokenSwallowingContract extends ExporterContractTest {
        @Override
        protected String getFormatId() {
            return "broken-swallowing";
        }
    }
}
