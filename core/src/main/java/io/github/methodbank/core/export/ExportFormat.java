package io.github.methodbank.core.export;

import java.util.Objects;
import org.immutables.value.Value;

/** What an exporter produces: an id such as {@code pdf-cards}, a name, a media type and a file extension. */
@Value.Immutable
public abstract class ExportFormat {

    ExportFormat() {
        // only the generated implementation extends this type
    }

    /** The format id: lower-case letters, digits and hyphens. Unique among discovered exporters. */
    @Value.Parameter
    public abstract String getId();

    /** A name people read, such as "Printable PDF cards". */
    @Value.Parameter
    public abstract String getDisplayName();

    /** The media type, such as {@code application/pdf}. */
    @Value.Parameter
    public abstract String getMediaType();

    /** The file extension without a dot, such as {@code pdf}. */
    @Value.Parameter
    public abstract String getFileExtension();

    /** A format. */
    public static ExportFormat of(String id, String displayName, String mediaType, String fileExtension) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        return ImmutableExportFormat.of(id, displayName, mediaType, fileExtension);
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (!io.github.methodbank.core.internal.Syntax.isSlug(getId())) {
            throw new IllegalArgumentException("format id '" + getId() + "' must be lower-case letters, digits and hyphens");
        }
        if (getFileExtension().startsWith(".") || getFileExtension().isBlank()) {
            throw new IllegalArgumentException("file extension '" + getFileExtension() + "' must be given without a dot");
        }
    }
}
