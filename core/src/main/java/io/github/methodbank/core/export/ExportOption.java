package io.github.methodbank.core.export;

import java.util.Objects;

/**
 * A string option an {@link ExporterProvider} accepts, for tools that list them.
 *
 * @param name the key, such as {@code size}
 * @param description what it does and which values it takes
 * @param defaultValue the value used when the option is not given
 */
public record ExportOption(String name, String description, String defaultValue) {
    /** An option. */
    public ExportOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
