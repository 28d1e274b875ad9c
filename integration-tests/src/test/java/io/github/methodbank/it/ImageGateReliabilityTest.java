package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.core.export.Exporters;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both formats take their images through one gate: the same images are embedded and the same
 * ones left out with a warning naming the method and the image. Before, the PDF exporter took a
 * 10 × 10 PNG whose colour profile inflated to gigabytes (2.8 GB of memory) and images with too
 * much pixel data, damaged or cut short, and the Word exporter embedded a 10-gigapixel PNG the
 * PDF exporter refused.
 */
class ImageGateReliabilityTest {

    static Map<String, byte[]> images() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpg);
        m.put("good.png", png.toByteArray());
        m.put("good.jpg", jpg.toByteArray());
        m.put("profile-bomb.png", png(10, 10, chunk("iCCP", concat("bomb\0\0".getBytes(StandardCharsets.US_ASCII),
                zeros(300L << 20))), zeros(310)));
        m.put("pixel-bomb.png", png(10, 10, new byte[0], zeros(300L << 20)));
        m.put("gigapixel.png", png(100_000, 100_000, new byte[0], zeros(1000)));
        byte[] damaged = png.toByteArray().clone();
        damaged[damaged.length / 2] ^= 0x5A;
        m.put("damaged.png", damaged);
        m.put("cut-short.jpg", Arrays.copyOf(jpg.toByteArray(), jpg.size() * 2 / 3));
        m.put("not-an-image.png", "<svg/>".getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf-cards", "docx-workshop"})
    void everyFormatEmbedsTheSameImagesAndLeavesOutTheSameOnes(String format) throws Exception {
        Map<String, byte[]> files = images();
        MethodBank sample = MethodBanks.loadSample();
        Method base = sample.getMethods().get(0);
        List<Method> methods = new ArrayList<>();
        int i = 0;
        for (String name : files.keySet()) {
            methods.add(Method.builder().from(base).id("m" + i++).image(name).build());
        }
        MethodBank bank = MethodBank.builder().from(sample).methods(methods).resources(path -> {
            byte[] b = files.get(path);
            if (b == null) {
                throw new NoSuchFileException(path);
            }
            return new ByteArrayInputStream(b);
        }).build();
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().bank(bank).methods(methods).language("fi")
                .timestamp(Instant.parse("2026-02-02T10:00:00Z")).listener(new ExportListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        Exporters.forFormat(format).orElseThrow().create(Map.of()).export(job, out);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(60);
        i = 0;
        for (String name : files.keySet()) {
            String method = "'m" + i++ + "'";
            if (name.startsWith("good")) {
                // the workshop's agenda may warn about the method's time; no warning may be about its image
                assertThat(warnings).noneMatch(w -> w.contains(method) && w.contains("image"));
            } else {
                assertThat(warnings).as(name).anySatisfy(w -> assertThat(w).contains(method).contains(name));
            }
        }
        assertThat(embedded(format, out.toByteArray())).as("images embedded").isEqualTo(2);
    }

    static int embedded(String format, byte[] doc) throws Exception {
        if (format.equals("pdf-cards")) {
            java.util.Set<Object> images = new java.util.HashSet<>();
            try (PDDocument pdf = Loader.loadPDF(doc)) {
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject x) {
                            images.add(x.getCOSObject());
                        }
                    }
                }
            }
            return images.size();
        }
        int media = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(doc))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                media += e.getName().startsWith("word/media/") ? 1 : 0;
            }
        }
        return media;
    }

    static byte[] png(int width, int height, byte[] beforeData, byte[] data) {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                        .put((byte) 0).put((byte) 0).put((byte) 0).array()),
                beforeData, chunk("IDAT", data), chunk("IEND", new byte[0]));
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue()).array();
    }

    static byte[] zeros(long count) {
        Deflater d = new Deflater(9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
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

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
