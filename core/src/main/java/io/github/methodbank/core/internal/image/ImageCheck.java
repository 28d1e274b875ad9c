package io.github.methodbank.core.internal.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks that bytes are a whole, undamaged PNG or JPEG image within size limits, decoding it
 * once in bounded memory, before any exporter embeds it.
 *
 * <p>PNG: every chunk's length and checksum; the header's size, bit depth and colour type; the
 * pixel data inflated as a stream (never held) and required to be exactly as long as the header's
 * size needs, with a valid filter type on every row, so a "zip bomb" stops after its first bytes
 * beyond that length; the compressed ancillary chunks (iCCP, zTXt, iTXt) inflated within a budget.
 * JPEG: the marker structure to the end-of-image marker, the frame header's size, a bounded number
 * of scans, then the JDK's decoder reads the whole image, subsampled so that what it holds stays
 * small; any warning of the decoder (damaged or missing data) refuses the image. Not API.
 *
 * <p>(Over 500 lines: the two formats' walks share the limits, the budget and the messages, and are
 * read best side by side.)
 */
public final class ImageCheck {

    /** What was found: the format and the size in pixels. */
    public record Info(boolean png, int width, int height) {}

    /** An image that is refused; the message says why, as a sentence part ("its pixel data …"). */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final long maxPixels;
    private final int maxSide;
    private final long maxMetadataBytes;
    /** The most samples the JPEG decoder's raster may hold; larger images are decoded subsampled. */
    private final long maxDecodedSamples;

    /** A check with these limits. */
    public ImageCheck(long maxPixels, int maxSide, long maxMetadataBytes, long maxDecodedSamples) {
        this.maxPixels = maxPixels;
        this.maxSide = maxSide;
        this.maxMetadataBytes = maxMetadataBytes;
        this.maxDecodedSamples = maxDecodedSamples;
    }

    /** The most scans a JPEG may have: each scan of a progressive JPEG is a pass over the whole image. */
    static final int MAX_SCANS = 100;

    /**
     * Checks the bytes.
     *
     * @throws Refused when they are not a whole PNG or JPEG image within the limits
     */
    public Info check(byte[] b) throws Refused {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == '\r'
                && b[5] == '\n' && b[6] == 0x1A && b[7] == '\n') {
            return png(b);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return jpeg(b);
        }
        if (b.length == 0) {
            throw new Refused("the file is empty");
        }
        throw new Refused("it is not a PNG or JPEG image (judged by its content, not its name)");
    }

    private void size(long width, long height, String format) throws Refused {
        if (width <= 0 || height <= 0) {
            throw new Refused("the " + format + " header gives it no pixels (" + width + " \u00d7 " + height + ")");
        }
        if (width > maxSide || height > maxSide) {
            throw new Refused("it is " + width + " \u00d7 " + height + " pixels; a side may be at most " + maxSide
                    + " pixels");
        }
        if (width * height > maxPixels) {
            throw new Refused("it is " + width + " \u00d7 " + height + " pixels; images may have at most " + maxPixels
                    + " pixels");
        }
    }

    // ------------------------------------------------------------------------------------ PNG

    private static final int[][] ADAM7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4},
        {1, 0, 2, 2}, {0, 1, 1, 2}};

    private Info png(byte[] b) throws Refused {
        int pos = 8;
        int width = 0;
        int height = 0;
        int colourType = -1;
        boolean palette = false;
        boolean idatStarted = false;
        boolean idatEnded = false;
        boolean end = false;
        long metadata = 0;
        Rows rows = null;
        Inflater pixels = new Inflater();
        Inflater side = new Inflater();
        CRC32 crc = new CRC32();
        byte[] buf = new byte[64 * 1024];
        try {
            while (!end) {
                if (pos + 12 > b.length) {
                    throw new Refused("the PNG file is cut short (it has no end chunk)");
                }
                long length = u32(b, pos);
                if (length > b.length - pos - 12) {
                    throw new Refused("the PNG file is cut short (a chunk runs past the end of the file)");
                }
                int len = (int) length;
                int typeAt = pos + 4;
                int data = pos + 8;
                String type = chunkType(b, typeAt);
                if (rows == null && type.equals("IHDR") && len == 13) {
                    size(u32(b, data), u32(b, data + 4), "PNG"); // the size says more than a checksum would
                }
                crc.reset();
                crc.update(b, typeAt, 4 + len);
                if (crc.getValue() != u32(b, data + len)) {
                    throw new Refused("the PNG file is damaged (the checksum of its " + type + " chunk is wrong)");
                }
                if (rows == null && !type.equals("IHDR")) {
                    throw new Refused("the PNG file is damaged (it does not start with its header chunk)");
                }
                if (idatStarted && !type.equals("IDAT")) {
                    idatEnded = true;
                }
                switch (type) {
                    case "IHDR": {
                        if (rows != null || len != 13) {
                            throw new Refused("the PNG file is damaged (its header chunk is malformed)");
                        }
                        long w = u32(b, data);
                        long h = u32(b, data + 4);
                        int depth = b[data + 8] & 0xFF;
                        colourType = b[data + 9] & 0xFF;
                        int channels = switch (colourType) {
                            case 0, 3 -> 1;
                            case 2 -> 3;
                            case 4 -> 2;
                            case 6 -> 4;
                            default -> throw new Refused("the PNG file is damaged (colour type " + colourType + ")");
                        };
                        boolean depthOk = switch (colourType) {
                            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
                            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
                            default -> depth == 8 || depth == 16;
                        };
                        if (!depthOk || b[data + 10] != 0 || b[data + 11] != 0 || (b[data + 12] & 0xFF) > 1) {
                            throw new Refused("the PNG file is damaged (its header has an invalid bit depth, compression,"
                                    + " filter or interlace method)");
                        }
                        width = (int) w;
                        height = (int) h;
                        rows = new Rows(width, height, channels * depth, b[data + 12] == 1);
                        break;
                    }
                    case "PLTE":
                        if (idatStarted || len == 0 || len % 3 != 0 || len > 768) {
                            throw new Refused("the PNG file is damaged (its palette chunk is malformed)");
                        }
                        palette = true;
                        break;
                    case "IDAT":
                        if (idatEnded) {
                            throw new Refused("the PNG file is damaged (its pixel data chunks are not consecutive)");
                        }
                        if (colourType == 3 && !palette) {
                            throw new Refused("the PNG file is damaged (a palette image without a palette)");
                        }
                        idatStarted = true;
                        if (len > 0) {
                            if (pixels.finished()) {
                                break; // bytes after the end of the compressed stream are ignored, as decoders do
                            }
                            pixels.setInput(b, data, len);
                            inflate(pixels, buf, rows);
                        }
                        break;
                    case "IEND":
                        end = true;
                        break;
                    case "iCCP":
                        metadata += inflateText(side, b, data, len, 0, "colour profile (iCCP)", buf,
                                maxMetadataBytes - metadata);
                        break;
                    case "zTXt":
                        metadata += inflateText(side, b, data, len, 0, "compressed text (zTXt)", buf,
                                maxMetadataBytes - metadata);
                        break;
                    case "iTXt":
                        metadata += internationalText(side, b, data, len, buf, maxMetadataBytes - metadata);
                        break;
                    default:
                        if (Character.isUpperCase(type.charAt(0))) {
                            throw new Refused("the PNG file has a critical chunk " + type + " that no reader knows");
                        }
                        break;
                }
                pos = data + len + 4;
            }
            if (!idatStarted) {
                throw new Refused("the PNG file has no pixel data");
            }
            if (!pixels.finished() || rows.produced < rows.expected) {
                throw new Refused("the PNG file is cut short or damaged (its pixel data is " + rows.produced
                        + " bytes where " + width + " \u00d7 " + height + " pixels need " + rows.expected + ")");
            }
            return new Info(true, width, height);
        } finally {
            pixels.end();
            side.end();
        }
    }

    /** Inflates what the inflater has, checking row filter types and stopping at the first byte too many. */
    private static void inflate(Inflater inf, byte[] buf, Rows rows) throws Refused {
        try {
            while (true) {
                int n = inf.inflate(buf);
                if (n > 0) {
                    rows.take(buf, n);
                } else if (inf.finished() || inf.needsInput()) {
                    return;
                } else if (inf.needsDictionary()) {
                    throw new Refused("the PNG file is damaged (its pixel data asks for a preset dictionary)");
                }
            }
        } catch (DataFormatException e) {
            throw new Refused("the PNG file is damaged (its pixel data cannot be inflated)");
        }
    }

    /** Inflates a chunk's compressed text after a keyword; returns the bytes it inflates to, at most {@code budget}. */
    private static long inflateText(Inflater inf, byte[] b, int data, int len, int skipAfterKeyword, String what,
            byte[] buf, long budget) throws Refused {
        int zero = keywordEnd(b, data, len, what);
        int method = zero + 1 + skipAfterKeyword;
        if (method >= data + len || b[method] != 0) {
            throw new Refused("the PNG file is damaged (its " + what + " chunk is malformed)");
        }
        return inflateBounded(inf, b, method + 1, data + len - method - 1, what, buf, budget);
    }

    private static long internationalText(Inflater inf, byte[] b, int data, int len, byte[] buf, long budget)
            throws Refused {
        String what = "international text (iTXt)";
        int zero = keywordEnd(b, data, len, what);
        if (zero + 2 >= data + len) {
            throw new Refused("the PNG file is damaged (its " + what + " chunk is malformed)");
        }
        boolean compressed = b[zero + 1] == 1;
        int i = zero + 3;
        for (int nul = 0; nul < 2; nul++) { // language tag, translated keyword
            while (i < data + len && b[i] != 0) {
                i++;
            }
            if (i >= data + len) {
                throw new Refused("the PNG file is damaged (its " + what + " chunk is malformed)");
            }
            i++;
        }
        if (!compressed) {
            return 0;
        }
        if (b[zero + 2] != 0) {
            throw new Refused("the PNG file is damaged (its " + what + " chunk is malformed)");
        }
        return inflateBounded(inf, b, i, data + len - i, what, buf, budget);
    }

    private static int keywordEnd(byte[] b, int data, int len, String what) throws Refused {
        for (int i = data; i < data + Math.min(len, 80); i++) {
            if (b[i] == 0) {
                if (i == data) {
                    break;
                }
                return i;
            }
        }
        throw new Refused("the PNG file is damaged (its " + what + " chunk has no keyword)");
    }

    private static long inflateBounded(Inflater inf, byte[] b, int from, int len, String what, byte[] buf, long budget)
            throws Refused {
        inf.reset();
        inf.setInput(b, from, len);
        long out = 0;
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                out += n;
                if (out > budget) {
                    throw new Refused("its " + what + " inflates to more than the limit of the image's metadata"
                            + " (an image bomb?)");
                }
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new Refused("the PNG file is damaged (its " + what + " chunk is cut short)");
                }
            }
        } catch (DataFormatException e) {
            throw new Refused("the PNG file is damaged (its " + what + " chunk cannot be inflated)");
        }
        return out;
    }

    /** Follows the rows of the decompressed pixel data: one filter type byte (0 to 4), then the row's bytes. */
    private static final class Rows {
        final long expected;
        /** Per pass: row length in bytes (filter byte included) and number of rows. */
        private final long[][] plan;
        private int pass;
        private long rowsLeft;
        /** Bytes until the next filter byte. */
        private long untilFilter;
        long produced;

        Rows(int width, int height, int bitsPerPixel, boolean interlaced) {
            int[][] passes = interlaced ? ADAM7 : new int[][] {{0, 0, 1, 1}};
            List<long[]> p = new ArrayList<>();
            long total = 0;
            for (int[] s : passes) {
                long pw = width > s[0] ? (width - s[0] + s[2] - 1L) / s[2] : 0;
                long ph = height > s[1] ? (height - s[1] + s[3] - 1L) / s[3] : 0;
                if (pw == 0 || ph == 0) {
                    continue;
                }
                long rowBytes = 1 + (pw * bitsPerPixel + 7) / 8;
                p.add(new long[] {rowBytes, ph});
                total += rowBytes * ph;
            }
            this.plan = p.toArray(new long[0][]);
            this.expected = total;
            this.rowsLeft = plan.length == 0 ? 0 : plan[0][1];
        }

        void take(byte[] buf, int n) throws Refused {
            if (produced + n > expected) {
                throw new Refused("its pixel data inflates to more than the " + expected + " bytes its size needs"
                        + " (an image bomb?)");
            }
            int i = 0;
            while (i < n) {
                if (untilFilter == 0) {
                    if ((buf[i] & 0xFF) > 4) {
                        throw new Refused("the PNG file is damaged (a row has the unknown filter type "
                                + (buf[i] & 0xFF) + ")");
                    }
                    while (rowsLeft == 0) {
                        pass++;
                        rowsLeft = plan[pass][1];
                    }
                    rowsLeft--;
                    untilFilter = plan[pass][0];
                }
                long step = Math.min(untilFilter, n - i);
                i += (int) step;
                untilFilter -= step;
            }
            produced += n;
        }
    }

    private static String chunkType(byte[] b, int at) throws Refused {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            int v = b[at + i] & 0xFF;
            if (!((v >= 'A' && v <= 'Z') || (v >= 'a' && v <= 'z'))) {
                throw new Refused("the PNG file is damaged (a chunk has an invalid type)");
            }
            c[i] = (char) v;
        }
        return new String(c);
    }

    // ----------------------------------------------------------------------------------- JPEG

    private Info jpeg(byte[] b) throws Refused {
        int pos = 2;
        int width = -1;
        int height = -1;
        int scans = 0;
        while (true) {
            if (pos >= b.length) {
                throw new Refused("the JPEG file is cut short (it has no end-of-image marker)");
            }
            if ((b[pos] & 0xFF) != 0xFF) {
                throw new Refused("the JPEG file is damaged (a marker is expected at byte " + pos + ")");
            }
            while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= b.length) {
                throw new Refused("the JPEG file is cut short (it has no end-of-image marker)");
            }
            int marker = b[pos++] & 0xFF;
            if (marker == 0xD9) {
                break;
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw new Refused("the JPEG file is damaged (an unexpected marker at byte " + (pos - 2) + ")");
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                continue; // markers without a length
            }
            if (pos + 2 > b.length) {
                throw new Refused("the JPEG file is cut short");
            }
            int length = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            if (length < 2 || pos + length > b.length) {
                throw new Refused(length < 2 ? "the JPEG file is damaged (a segment has length " + length + ")"
                        : "the JPEG file is cut short (a segment runs past the end of the file)");
            }
            int seg = pos + 2;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (width >= 0) {
                    throw new Refused("the JPEG file is damaged (it has two frame headers)");
                }
                if (length < 8) {
                    throw new Refused("the JPEG file is damaged (its frame header is malformed)");
                }
                height = ((b[seg + 1] & 0xFF) << 8) | (b[seg + 2] & 0xFF);
                width = ((b[seg + 3] & 0xFF) << 8) | (b[seg + 4] & 0xFF);
                int components = b[seg + 5] & 0xFF;
                if (height == 0) {
                    throw new Refused("the JPEG file gives its height only after the image data, which is not supported");
                }
                if (components < 1 || components > 4 || length != 8 + 3 * components) {
                    throw new Refused("the JPEG file is damaged (its frame header is malformed)");
                }
                size(width, height, "JPEG");
            }
            pos += length;
            if (marker == 0xDA) { // start of scan: entropy-coded data follows, up to the next marker
                if (width < 0) {
                    throw new Refused("the JPEG file is damaged (image data before its frame header)");
                }
                if (++scans > MAX_SCANS) {
                    throw new Refused("the JPEG file has more than " + MAX_SCANS + " scans");
                }
                while (true) {
                    if (pos + 1 >= b.length) {
                        throw new Refused("the JPEG file is cut short (its image data has no end)");
                    }
                    if ((b[pos] & 0xFF) == 0xFF) {
                        int next = b[pos + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                        pos += next == 0xFF ? 1 : 2;
                    } else {
                        pos++;
                    }
                }
            }
        }
        if (width < 0 || scans == 0) {
            throw new Refused("the JPEG file has no image data");
        }
        decodeJpeg(b, width, height);
        return new Info(false, width, height);
    }

    /** The JDK's decoder reads the whole image, subsampled to stay within the sample budget. */
    private void decodeJpeg(byte[] b, int width, int height) throws Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            return; // no decoder in this runtime: the structure checked above is all that can be checked
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(b))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            int step = 1;
            while ((long) ((width + step - 1) / step) * ((height + step - 1) / step) * 4 > maxDecodedSamples) {
                step++;
            }
            param.setSourceSubsampling(step, step, 0, 0);
            reader.readRaster(0, param);
        } catch (IIOException e) {
            throw new Refused("the JPEG image cannot be decoded (" + plain(e.getMessage()) + ")");
        } catch (IOException | RuntimeException e) {
            throw new Refused("the JPEG image cannot be decoded (" + e.getClass().getSimpleName() + ")");
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw new Refused("the JPEG file is damaged (" + plain(warnings.get(0)) + ")");
        }
    }

    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String m = message.strip();
        return m.length() <= 100 ? m : m.substring(0, 97) + "\u2026";
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
