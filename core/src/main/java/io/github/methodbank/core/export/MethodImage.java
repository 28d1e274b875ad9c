package io.github.methodbank.core.export;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.internal.SafeFiles;
import io.github.methodbank.core.internal.image.ImageCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * A method's image that passed the image gate every exporter uses, so that every format embeds
 * the same images and refuses the same ones. The gate judges the format by the bytes, not the
 * name; bounds the file size, the dimensions and the pixel count, and the compressed and
 * decompressed sizes of the pixel data and of a PNG's ancillary chunks (colour profile, text);
 * and decodes the whole image once, in bounded memory, so a damaged, cut-short or over-limit
 * image (an "image bomb") is refused before an exporter embeds it.
 *
 * <p>Get one with {@link ExportJob#image(io.github.methodbank.core.Method)}, which warns the job's
 * listener and returns empty for an image that is refused, or with {@link #read(MethodBank, String)}
 * and {@link #check(byte[], String)}, which throw. Immutable and thread-safe.
 */
public final class MethodImage {

    /** The image formats methods may use. */
    public enum Format {
        /** PNG. */
        PNG("image/png", "png"),
        /** JPEG (baseline or progressive). */
        JPEG("image/jpeg", "jpg");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** {@code image/png} or {@code image/jpeg}. */
        public String getMediaType() {
            return mediaType;
        }

        /** The usual file name extension, without the dot: {@code png} or {@code jpg}. */
        public String getExtension() {
            return extension;
        }
    }

    /** Largest image file, in bytes (25 MiB). */
    public static final int MAX_BYTES = 25 * 1024 * 1024;
    /** Most pixels (40 million, about 8,000 × 5,000). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Longest side, in pixels. */
    public static final int MAX_SIDE = 65_535;
    /** Most bytes a PNG's compressed ancillary chunks (iCCP, zTXt, iTXt) may inflate to, together (4 MiB). */
    public static final int MAX_METADATA_BYTES = 4 * 1024 * 1024;
    /** Most samples the JPEG decoder holds while it checks an image (larger images are decoded subsampled). */
    static final long MAX_DECODED_SAMPLES = 16L * 1024 * 1024;

    private static final ImageCheck GATE = new ImageCheck(MAX_PIXELS, MAX_SIDE, MAX_METADATA_BYTES, MAX_DECODED_SAMPLES);

    private final String name;
    private final byte[] bytes;
    private final Format format;
    private final int width;
    private final int height;

    private MethodImage(String name, byte[] bytes, Format format, int width, int height) {
        this.name = name;
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /**
     * Reads an image of the bank through its {@link MethodBank#getResources() resources} and checks it.
     *
     * @param bank the bank the image belongs to
     * @param path the image's path in the bank, as in {@link io.github.methodbank.core.Method#getImage()}
     * @return the checked image
     * @throws IOException when the image cannot be read or is refused; the message says why in
     *     words that fit after "image 'x' is left out: ", and never quotes the file's content
     */
    public static MethodImage read(MethodBank bank, String path) throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(path, "path");
        if (bank.getResources().isEmpty()) {
            throw new IOException("the bank has no files to read images from");
        }
        byte[] bytes;
        try (InputStream in = bank.getResources().get().open(path)) {
            bytes = SafeFiles.readAtMost(in, MAX_BYTES);
        } catch (SafeFiles.Refused e) {
            throw new IOException(e.isTooLarge() ? "it is larger than the limit of " + MAX_BYTES + " bytes"
                    : e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new IOException("there is no such file in the bank", e);
        } catch (IOException e) {
            throw new IOException("it cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        }
        return check(bytes, path);
    }

    /**
     * Checks image bytes from elsewhere (a logo, say). The array is copied.
     *
     * @param bytes the image file's bytes
     * @param name the image's name, kept for {@link #getName()}
     * @return the checked image
     * @throws IOException when the image is refused; the message says why
     */
    public static MethodImage check(byte[] bytes, String name) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        if (bytes.length > MAX_BYTES) {
            throw new IOException("it is larger than the limit of " + MAX_BYTES + " bytes");
        }
        byte[] own = bytes.clone();
        ImageCheck.Info info = GATE.check(own);
        return new MethodImage(name, own, info.png() ? Format.PNG : Format.JPEG, info.width(), info.height());
    }

    /** The image's path in the bank (or the name it was checked under). */
    public String getName() {
        return name;
    }

    /** PNG or JPEG, judged by the content. */
    public Format getFormat() {
        return format;
    }

    /** Width in pixels. */
    public int getWidth() {
        return width;
    }

    /** Height in pixels. */
    public int getHeight() {
        return height;
    }

    /** The size of the image file, in bytes. */
    public int getByteCount() {
        return bytes.length;
    }

    /** A copy of the image file's bytes, to embed as they are. */
    public byte[] getBytes() {
        return bytes.clone();
    }

    /** The image file's bytes as a stream (no copy is made). */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return "MethodImage[" + name + ", " + format + ", " + width + " \u00d7 " + height + ", " + bytes.length + " bytes]";
    }
}
