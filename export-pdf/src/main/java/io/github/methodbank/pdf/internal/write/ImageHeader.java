package io.github.methodbank.pdf.internal.write;

import java.io.IOException;

/**
 * Reads a PNG's or JPEG's pixel size from its header, before anything is decoded, so an image
 * that would expand to gigabytes (a decompression bomb) is refused cheaply. Not API.
 */
public final class ImageHeader {

    /** Largest image file read, in bytes. */
    public static final int MAX_BYTES = 25 * 1024 * 1024;
    /** Largest image decoded, in pixels (about 8,000 × 5,000). */
    public static final long MAX_PIXELS = 40_000_000L;

    private ImageHeader() {}

    /**
     * Checks an image's type and size.
     *
     * @param name the image's name for messages
     * @throws IOException naming the image, when it is not a PNG or JPEG or is too large
     */
    public static void check(byte[] b, String name) throws IOException {
        if (b.length > MAX_BYTES) {
            throw new IOException("image '" + name + "' is " + b.length + " bytes; images may be at most " + MAX_BYTES + " bytes");
        }
        long[] size = b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' ? png(b)
                : b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 ? jpeg(b, name) : null;
        if (size == null) {
            throw new IOException("image '" + name + "' is not a PNG or JPEG file");
        }
        if (size[0] <= 0 || size[1] <= 0) {
            throw new IOException("image '" + name + "' has no pixels (" + size[0] + " × " + size[1] + ")");
        }
        if (size[0] * size[1] > MAX_PIXELS) {
            throw new IOException("image '" + name + "' is " + size[0] + " × " + size[1] + " pixels; images may have at most "
                    + MAX_PIXELS + " pixels");
        }
    }

    private static long[] png(byte[] b) {
        return new long[] {u32(b, 16), u32(b, 20)};
    }

    private static long[] jpeg(byte[] b, String name) throws IOException {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw new IOException("image '" + name + "' is a damaged JPEG file");
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                long height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                long width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return new long[] {width, height};
            }
            if (length < 2) {
                throw new IOException("image '" + name + "' is a damaged JPEG file");
            }
            i += 2 + length;
        }
        throw new IOException("image '" + name + "' is a JPEG file without a frame header");
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
