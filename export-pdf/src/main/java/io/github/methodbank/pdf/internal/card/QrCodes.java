package io.github.methodbank.pdf.internal.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes of links, made with ZXing. Not API. */
final class QrCodes {
    private QrCodes() {}

    /** The longest text encoded: longer links are not worth a code a phone can hardly read on a card. */
    static final int MAX_LENGTH = 1000;

    /**
     * The modules of a QR code of {@code text}, row by row.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code on a card
     */
    static boolean[][] encode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the link is " + text.length() + " characters long; a QR code on a card"
                    + " holds at most " + MAX_LENGTH);
        }
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
            for (int r = 0; r < m.getHeight(); r++) {
                for (int c = 0; c < m.getWidth(); c++) {
                    out[r][c] = m.get(c, r);
                }
            }
            return out;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "it cannot be encoded" : e.getMessage(), e);
        }
    }
}
