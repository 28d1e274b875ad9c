package io.github.methodbank.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A corporate Word template (.docx or .dotx) whose styles, numbering, page setup, headers and
 * footers a workshop document takes. Reading it needs Apache POI on the class path
 * ({@code org.apache.poi:poi-ooxml}); without a template, no POI class is loaded. Immutable.
 */
public final class WorkshopTemplate {

    /** The largest template accepted, in bytes (a template is a style sheet, not a book). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private final byte[] bytes;
    private final String name;

    private WorkshopTemplate(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    /**
     * A template read from a file now; the file is not read again.
     *
     * @param file a .docx or .dotx file
     * @return the template
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a regular .docx or .dotx file of at most
     *     {@value #MAX_BYTES} bytes
     */
    public static WorkshopTemplate of(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String lower = file.toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".docx") && !lower.endsWith(".dotx")) {
            throw new IllegalArgumentException("template " + file + " must be a .docx or .dotx file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("template " + file + " is not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("template " + file + " is larger than " + MAX_BYTES
                    + " bytes, the most a template may be");
        }
        Path fileName = file.getFileName();
        return new WorkshopTemplate(bytes, fileName == null ? file.toString() : fileName.toString());
    }

    /**
     * A template given as bytes; the array is copied.
     *
     * @param bytes the .docx or .dotx file's bytes
     * @param name the template's name in messages, such as its file name
     * @return the template
     * @throws IllegalArgumentException when it is larger than {@value #MAX_BYTES} bytes
     */
    public static WorkshopTemplate of(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("template " + name + " is " + bytes.length + " bytes; a template may be at most "
                    + MAX_BYTES + " bytes");
        }
        return new WorkshopTemplate(bytes.clone(), name);
    }

    /** Reads the template an option value names: a file path. */
    static WorkshopTemplate parse(String path) {
        try {
            return of(Path.of(path.trim()));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException("cannot read template " + path + ": " + e.getMessage(), e);
        }
    }

    /** The template's name in messages: its file name, or the name it was given with. */
    public String getName() {
        return name;
    }

    /** The template's size in bytes. */
    public int getSize() {
        return bytes.length;
    }

    /** The bytes, not copied: for the writer in this module. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkshopTemplate t && name.equals(t.name) && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
