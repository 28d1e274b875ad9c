package io.github.methodbank.core.export;

/**
 * Hears how an export goes: progress for a progress bar, and warnings about things the
 * exporter had to change (a character no font can show, an image it could not read).
 * Implementations must be thread-safe if one listener serves concurrent exports.
 */
public interface ExportListener {

    /** A listener that ignores everything. */
    ExportListener NONE = new ExportListener() {};

    /** {@code done} of {@code total} methods are exported. */
    default void progress(int done, int total) {}

    /** Something the user gave was shown differently than written; the message names the method. */
    default void warning(String message) {}
}
