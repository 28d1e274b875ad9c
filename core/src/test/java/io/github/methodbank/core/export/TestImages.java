package io.github.methodbank.core.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** PNG and JPEG files for the image gate's tests: good ones, bombs and damaged ones. */
public final class TestImages {
    private TestImages() {}

    /** A real image in a format ImageIO writes ("png" or "jpg"). */
    public static byte[] encode(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A chunk with its length and checksum. */
    public static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        return b.putInt((int) crc.getValue()).array();
    }

    /** {@code count} zero bytes, deflated (zlib): a few KB per MB. */
    public static byte[] zeros(long count) {
        Deflater d = new Deflater(9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        byte[] buf = new byte[64 * 1024];
        for (long left = count; left > 0; left -= block.length) {
            d.setInput(block, 0, (int) Math.min(block.length, left));
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** An 8-bit RGB PNG header chunk. */
    static byte[] ihdr(int width, int height) {
        return chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
    }

    /** A 10 × 10 PNG with a colour profile (iCCP) that inflates to {@code profileBytes}. */
    public static byte[] iccpBomb(long profileBytes) {
        byte[] name = "bomb".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] iccp = concat(name, new byte[] {0, 0}, zeros(profileBytes));
        return concat(SIGNATURE, ihdr(10, 10), chunk("iCCP", iccp), chunk("IDAT", zeros(10 * 31)), chunk("IEND", new byte[0]));
    }

    /** A 10 × 10 PNG whose pixel data inflates to {@code pixelBytes} (it needs 310). */
    public static byte[] pixelBomb(long pixelBytes) {
        return concat(SIGNATURE, ihdr(10, 10), chunk("IDAT", zeros(pixelBytes)), chunk("IEND", new byte[0]));
    }

    /** A PNG whose header claims {@code width} × {@code height} pixels, with a valid checksum. */
    public static byte[] claimedSize(int width, int height) {
        return concat(SIGNATURE, ihdr(width, height), chunk("IDAT", zeros(100)), chunk("IEND", new byte[0]));
    }

    /** A PNG with compressed text (zTXt) that inflates to {@code textBytes}. */
    public static byte[] textBomb(long textBytes) {
        byte[] ztxt = concat("Comment".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[] {0, 0},
                zeros(textBytes));
        return concat(SIGNATURE, ihdr(10, 10), chunk("zTXt", ztxt), chunk("IDAT", zeros(10 * 31)), chunk("IEND", new byte[0]));
    }
}
