package io.github.methodbank.core.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link ExporterProvider} made from a format's {@link ExportOptionSet}: the format, the options
 * and {@link #create(Map)} all come from the set, so a provider is one constructor call.
 *
 * <pre>{@code
 * public final class MyFormatProvider extends AbstractExporterProvider {
 *     public MyFormatProvider() {
 *         super(MyExporter.OPTIONS);
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractExporterProvider implements ExporterProvider {

    private final ExportOptionSet<? extends Exporter, ?> options;

    /**
     * A provider of the exporters {@code options} configures.
     *
     * @param options the format's options
     */
    protected AbstractExporterProvider(ExportOptionSet<? extends Exporter, ?> options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public final ExportFormat getFormat() {
        return options.getFormat();
    }

    @Override
    public final List<ExportOption<?>> getOptions() {
        return options.getOptions();
    }

    @Override
    public final Exporter create(Map<String, String> values) {
        return options.create(values);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getFormat().getId() + "]";
    }
}
