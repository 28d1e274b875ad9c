package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.core.export.MethodImage;
import java.io.IOException;

/** Reads a method's image (PNG or JPEG from the bank's files) and sizes it for the page. */
final class Pictures {

    /** The tallest an image may be, in points. */
    private static final double MAX_HEIGHT_PT = 200;
    /** English Metric Units per point. */
    static final int EMU_PER_POINT = 12700;

    /** An image ready to place: its bytes, file extension and content type, and its size on the page in EMU. */
    record Picture(byte[] bytes, String extension, String contentType, long widthEmu, long heightEmu) {}

    private Pictures() {}

    /**
     * The method's image, scaled down to fit {@code maxWidthTwips} and 200 pt high; null, with a
     * warning to the listener, when it cannot be read or is neither PNG nor JPEG.
     */
    static Picture load(MethodBank bank, Method method, String image, int maxWidthTwips, ExportListener listener) {
        String where = "method '" + method.getId() + "', image " + image;
        // the image gate of every format: read through the bank's resources, checked and decoded once
        MethodImage checked;
        try {
            checked = MethodImage.read(bank, image);
        } catch (IOException | RuntimeException e) {
            listener.warning(where + ": left out, " + e.getMessage());
            return null;
        }
        byte[] bytes = checked.getBytes();
        boolean png = checked.getFormat() == MethodImage.Format.PNG;
        int[] size = {checked.getWidth(), checked.getHeight()};
        double maxWidth = maxWidthTwips / 20.0;
        double w = size[0] * 0.75;
        double h = size[1] * 0.75;
        double scale = Math.min(1.0, Math.min(maxWidth / w, MAX_HEIGHT_PT / h));
        w *= scale;
        h *= scale;
        return new Picture(bytes, png ? "png" : "jpeg", png ? "image/png" : "image/jpeg",
                (long) Math.rint(w * EMU_PER_POINT), (long) Math.rint(h * EMU_PER_POINT));
    }

    /** Width and height from a PNG's IHDR chunk, or null. */
    static int[] pngSize(byte[] b) {
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        int w = be32(b, 16);
        int h = be32(b, 20);
        return w > 0 && h > 0 ? new int[] {w, h} : null;
    }

    /** Width and height from a JPEG's start-of-frame segment, or null. */
    static int[] jpegSize(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int len = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                int h = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
                int w = (b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            }
            if (len < 2) {
                return null;
            }
            i += 2 + len;
        }
        return null;
    }

    private static int be32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }
}
