package io.github.methodbank.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A file of the user's own that a site carries: a logo (PNG, JPEG or SVG) or a style sheet (CSS).
 * Read once, when made; immutable.
 */
public final class SiteFile {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final byte[] bytes;
    private final String name;
    private final String extension;

    private SiteFile(byte[] bytes, String name, String extension) {
        this.bytes = bytes;
        this.name = name;
        this.extension = extension;
    }

    /**
     * A file read now.
     *
     * @param file the file: {@code .png}, {@code .jpg}/{@code .jpeg}, {@code .svg} or {@code .css}
     * @return the file's content
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not such a file or larger than {@value #MAX_BYTES} bytes
     */
    public static SiteFile of(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        Path fileName = file.getFileName();
        return of(bytes, fileName == null ? file.toString() : fileName.toString());
    }

    /**
     * A file given as bytes; the array is copied.
     *
     * @param bytes the content
     * @param name the file name, whose extension says what it is ({@code logo.png}, {@code site.css})
     * @return the file
     * @throws IllegalArgumentException when the name's extension is not png, jpg, jpeg, svg or css,
     *     the content does not match it, or it is larger than {@value #MAX_BYTES} bytes
     */
    public static SiteFile of(byte[] bytes, String name) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(name + " is larger than " + MAX_BYTES + " bytes");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        switch (ext) {
            case "png" -> require(bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P', name, "PNG");
            case "jpg", "jpeg" -> {
                require(bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8, name, "JPEG");
                ext = "jpg";
            }
            case "svg" -> require(new String(bytes, StandardCharsets.UTF_8).contains("<svg"), name, "SVG");
            case "css" -> {
                // text; decoded and checked when the site is written
            }
            default -> throw new IllegalArgumentException(name + ": a site takes .png, .jpg, .svg or .css files");
        }
        return new SiteFile(bytes.clone(), name, ext);
    }

    /** Reads the file an option value names. */
    static SiteFile parse(String path) {
        try {
            return of(Path.of(path));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + path + "' is not a file name", e);
        }
    }

    /** The file name given, such as {@code logo.png}. */
    public String getName() {
        return name;
    }

    /** The kind of file by its extension: {@code png}, {@code jpg}, {@code svg} or {@code css}. */
    public String getExtension() {
        return extension;
    }

    /** Whether it is a picture (a logo) rather than a style sheet. */
    public boolean isImage() {
        return !extension.equals("css");
    }

    /** The content; a copy. */
    public byte[] getBytes() {
        return bytes.clone();
    }

    /** The content, not copied: for this module only. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteFile f && name.equals(f.name) && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    /** The file name; an option value reads the file again from it. */
    @Override
    public String toString() {
        return name;
    }

    private static void require(boolean ok, String name, String kind) {
        if (!ok) {
            throw new IllegalArgumentException(name + " is not a " + kind + " file");
        }
    }
}
