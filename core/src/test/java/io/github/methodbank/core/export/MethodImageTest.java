package io.github.methodbank.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.methodbank.core.BankResources;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image gate every exporter uses. Before it, a 10 × 10 PNG whose colour profile inflated to
 * 2 GB took the PDF exporter to 2.8 GB of memory and into the PDF, a PNG with 2 GB of pixel data
 * for 10 × 10 pixels, a damaged PNG and a cut-short JPEG were embedded without a warning, and
 * the Word exporter embedded a 10-gigapixel PNG the PDF exporter refused.
 */
class MethodImageTest {

    @TempDir
    Path tmp;

    private static final Duration QUICK = Duration.ofSeconds(20);

    static String refusal(byte[] image) {
        return assertTimeoutPreemptively(QUICK, () -> {
            try {
                MethodImage.check(image, "x");
            } catch (IOException e) {
                return e.getMessage();
            }
            throw new AssertionError("the image was accepted");
        });
    }

    @Test
    void wholeImagesPassWithTheirFormatAndSize() throws Exception {
        MethodImage png = MethodImage.check(TestImages.encode("png", 321, 123), "a.png");
        assertThat(png.getFormat()).isEqualTo(MethodImage.Format.PNG);
        assertThat(png.getFormat().getMediaType()).isEqualTo("image/png");
        assertThat(new int[] {png.getWidth(), png.getHeight()}).containsExactly(321, 123);
        MethodImage jpeg = MethodImage.check(TestImages.encode("jpg", 321, 123), "a.jpg");
        assertThat(jpeg.getFormat()).isEqualTo(MethodImage.Format.JPEG);
        assertThat(new int[] {jpeg.getWidth(), jpeg.getHeight()}).containsExactly(321, 123);
        // interlaced PNG and progressive JPEG
        assertThat(MethodImage.check(progressive("png", 37, 29), "i.png").getWidth()).isEqualTo(37);
        assertThat(MethodImage.check(progressive("jpg", 37, 29), "p.jpg").getHeight()).isEqualTo(29);
        // the bytes are kept as they are
        byte[] bytes = TestImages.encode("png", 5, 5);
        assertThat(MethodImage.check(bytes, "b.png").getBytes()).isEqualTo(bytes);
        assertThat(MethodImage.check(bytes, "b.png").openStream().readAllBytes()).isEqualTo(bytes);
    }

    static byte[] progressive(String format, int width, int height) throws IOException {
        java.awt.image.BufferedImage img = ImageIO.read(new ByteArrayInputStream(TestImages.encode(format, width, height)));
        ImageWriter w = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream s = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(s);
            w.write(null, new IIOImage(img, null, null), p);
        }
        w.dispose();
        return out.toByteArray();
    }

    @Test
    void aColourProfileOrTextThatInflatesToGigabytesIsRefusedInLittleTimeAndMemory() {
        assertThat(refusal(TestImages.iccpBomb(200L << 20))).contains("colour profile (iCCP)").contains("image bomb");
        assertThat(refusal(TestImages.textBomb(200L << 20))).contains("compressed text (zTXt)");
        // a profile of ordinary size is fine
        assertThat(refusal(TestImages.iccpBomb(MethodImage.MAX_METADATA_BYTES + 1))).contains("iCCP");
        assertThatCodeAccepts(TestImages.iccpBomb(100_000));
    }

    private static void assertThatCodeAccepts(byte[] image) {
        org.assertj.core.api.Assertions.assertThatCode(() -> MethodImage.check(image, "ok.png")).doesNotThrowAnyException();
    }

    @Test
    void pixelDataBeyondWhatTheSizeNeedsIsRefused() {
        assertThat(refusal(TestImages.pixelBomb(200L << 20))).contains("pixel data inflates to more than the 310 bytes");
        assertThat(refusal(TestImages.pixelBomb(300))).contains("cut short");
        assertThatCodeAccepts(TestImages.pixelBomb(310));
    }

    @Test
    void aHeaderClaimingGigapixelsIsRefusedBeforeAnythingIsInflated() {
        assertThat(refusal(TestImages.claimedSize(100_000, 100_000))).contains("100000 \u00d7 100000 pixels");
        assertThat(refusal(TestImages.claimedSize(10_000, 10_000))).contains("at most 40000000 pixels");
        byte[] jpeg = TestImages.encode("jpg", 16, 16);
        for (int i = 0; i + 8 < jpeg.length; i++) { // the frame header's height and width: 65535 × 65535
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                Arrays.fill(jpeg, i + 5, i + 9, (byte) 0xFF);
                break;
            }
        }
        assertThat(refusal(jpeg)).contains("65535 \u00d7 65535 pixels");
    }

    @Test
    void damagedAndCutShortImagesAreRefused() {
        byte[] png = TestImages.encode("png", 64, 64);
        byte[] flipped = png.clone();
        flipped[png.length / 2] ^= 0x55;
        assertThat(refusal(flipped)).contains("damaged");
        assertThat(refusal(Arrays.copyOf(png, png.length / 2))).contains("cut short");
        assertThat(refusal(Arrays.copyOf(png, png.length - 12))).contains("cut short"); // no end chunk

        byte[] jpeg = TestImages.encode("jpg", 200, 150);
        assertThat(refusal(Arrays.copyOf(jpeg, jpeg.length * 2 / 3))).contains("cut short");
        assertThat(refusal(Arrays.copyOf(jpeg, jpeg.length - 2))).contains("cut short"); // no end marker
        byte[] garbled = jpeg.clone();
        for (int i = jpeg.length / 2; i < jpeg.length / 2 + 40; i++) {
            garbled[i] = (byte) (i * 37 % 255 == 0xFF ? 0 : i * 37 % 255); // garbage in the image data, no marker
        }
        assertThat(refusal(garbled)).contains("JPEG");

        assertThat(refusal("GIF89a\u0001\u0000\u0001\u0000".getBytes())).contains("not a PNG or JPEG");
        assertThat(refusal(new byte[0])).contains("empty");
    }

    @Test
    void theJobWarnsNamingTheMethodAndImageAndExportsWithoutIt() throws Exception {
        byte[] good = TestImages.encode("png", 20, 10);
        byte[] bomb = TestImages.iccpBomb(50L << 20);
        Map<String, byte[]> files = Map.of("good.png", good, "bomb.png", bomb);
        MethodBank sample = MethodBanks.loadSample();
        Method base = sample.getMethods().get(0);
        Method withGood = Method.builder().from(base).id("hyva").image("good.png").build();
        Method withBomb = Method.builder().from(base).id("pommi").image("bomb.png").build();
        Method without = Method.builder().from(base).id("ilman").name(LocalizedText.of("fi", "Ilman")).build();
        MethodBank bank = MethodBank.builder().from(sample).methods(List.of(withGood, withBomb, without))
                .resources(path -> {
                    byte[] b = files.get(path);
                    if (b == null) {
                        throw new NoSuchFileException(path);
                    }
                    return new ByteArrayInputStream(b);
                }).build();
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(ExportJob.allOf(bank)).listener(new ExportListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).build();
        assertThat(job.image(withGood)).hasValueSatisfying(i -> assertThat(i.getWidth()).isEqualTo(20));
        assertThat(job.image(without)).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(job.image(withBomb)).isEmpty();
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith("method 'pommi': image 'bomb.png' is left out: ")
                .contains("iCCP"));
        assertThatThrownBy(() -> MethodImage.read(bank, "none.png")).hasMessage("there is no such file in the bank");
    }

    @Test
    void anImageThatIsANamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bank"));
        Process p = new ProcessBuilder("mkfifo", dir.resolve("pipe.png").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
        MethodBank bank = MethodBank.builder().from(MethodBanks.loadSample()).resources(BankResources.directory(dir)).build();
        String message = assertTimeoutPreemptively(QUICK, () -> {
            try {
                MethodImage.read(bank, "pipe.png");
            } catch (IOException e) {
                return e.getMessage();
            }
            throw new AssertionError("read a pipe");
        });
        assertThat(message).contains("named pipe (FIFO)");
    }
}
