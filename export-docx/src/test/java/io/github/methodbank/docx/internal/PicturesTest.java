package io.github.methodbank.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void picturesAreSizedFromTheirHeaders() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(321, 123, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", jpg);
        assertThat(Pictures.pngSize(png.toByteArray())).containsExactly(321, 123);
        assertThat(Pictures.jpegSize(jpg.toByteArray())).containsExactly(321, 123);
        assertThat(Pictures.jpegSize(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).isNull();
    }
}
