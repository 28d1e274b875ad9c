package io.github.methodbank.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {

    private static byte[] encode(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void realPngAndJpegPass() throws IOException {
        assertThatCode(() -> ImageHeader.check(encode("png", 40, 30), "a.png")).doesNotThrowAnyException();
        assertThatCode(() -> ImageHeader.check(encode("jpg", 40, 30), "a.jpg")).doesNotThrowAnyException();
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        byte[] png = encode("png", 2, 2);
        // claim 100,000 × 100,000 pixels in the IHDR chunk: tiny file, 10 gigapixels when decoded
        int big = 100_000;
        for (int at : new int[] {16, 20}) {
            png[at] = (byte) (big >>> 24);
            png[at + 1] = (byte) (big >>> 16);
            png[at + 2] = (byte) (big >>> 8);
            png[at + 3] = (byte) big;
        }
        assertThatThrownBy(() -> ImageHeader.check(png, "bomb.png")).isInstanceOf(IOException.class)
                .hasMessageContaining("bomb.png").hasMessageContaining("100000 × 100000 pixels");
        byte[] jpg = encode("jpg", 2, 2);
        for (int i = 2; i + 8 < jpg.length; i++) {
            if ((jpg[i] & 0xFF) == 0xFF && (jpg[i + 1] & 0xFF) == 0xC0) {
                jpg[i + 5] = (byte) 0xFF;
                jpg[i + 6] = (byte) 0xFF;
                jpg[i + 7] = (byte) 0xFF;
                jpg[i + 8] = (byte) 0xFF;
                break;
            }
        }
        assertThatThrownBy(() -> ImageHeader.check(jpg, "bomb.jpg")).hasMessageContaining("65535 × 65535 pixels");
    }

    @Test
    void otherFilesAreRefused() {
        assertThatThrownBy(() -> ImageHeader.check("GIF89a....".getBytes(), "x.gif")).hasMessageContaining("not a PNG or JPEG");
        assertThatThrownBy(() -> ImageHeader.check(new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                "broken.jpg")).hasMessageContaining("damaged JPEG");
    }
}
