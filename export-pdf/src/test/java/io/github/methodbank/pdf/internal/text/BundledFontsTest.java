package io.github.methodbank.pdf.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DejaVu fonts travel in this module's jar with their licence, byte for byte the files that were
 * shipped before (jasperreports-fonts 6.20.0), so a card's layout cannot move through a font update.
 */
class BundledFontsTest {

    private static final String DIR = "/io/github/methodbank/pdf/fonts/";

    /** SHA-256 of each face as taken from net.sf.jasperreports:jasperreports-fonts:6.20.0. */
    private static final Map<String, String> SHIPPED = Map.of(
            "DejaVuSans.ttf", "938c19b7604cd9d4e408d8edcd223730f3b91f00bb081aac29dfc0dca87954e2",
            "DejaVuSans-Bold.ttf", "e433ee837e4230ccd1776c375d7a5c06c9bcb4a754a1e22b95052ea550e50a60",
            "DejaVuSans-Oblique.ttf", "19f989715211a8df681cc714e36fcff721b1f4c3add29ac5263d94abea0d6530",
            "DejaVuSans-BoldOblique.ttf", "2b8bde14d889ddad6bbc30700c7263e7ea6f3ac865680af37e91be316a9fc0a6");

    @Test
    void theFourFacesAreTheOnesShippedBefore() throws Exception {
        for (Map.Entry<String, String> face : SHIPPED.entrySet()) {
            byte[] bytes = read(DIR + face.getKey());
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha256).as(face.getKey()).isEqualTo(face.getValue());
        }
    }

    @Test
    void theExporterLoadsTheBundledFaces() throws Exception {
        Map<String, FontData> loaded = Map.of("DejaVuSans.ttf", DefaultFonts.regular(), "DejaVuSans-Bold.ttf",
                DefaultFonts.bold(), "DejaVuSans-Oblique.ttf", DefaultFonts.italic(), "DejaVuSans-BoldOblique.ttf",
                DefaultFonts.boldItalic());
        for (Map.Entry<String, FontData> face : loaded.entrySet()) {
            FontData bundled = FontData.of(face.getKey(), read(DIR + face.getKey()));
            for (int cp : "Wij\u00e4\u0634".codePoints().toArray()) {
                assertThat(face.getValue().advance(cp)).as(face.getKey() + " U+%04X", cp).isEqualTo(bundled.advance(cp));
            }
        }
    }

    @Test
    void theFontLicenceTravelsWithTheFonts() throws Exception {
        String licence = new String(read(DIR + "LICENSE-DejaVu.txt"), StandardCharsets.UTF_8);
        assertThat(licence)
                .contains("Fonts are (c) Bitstream (see below). DejaVu changes are in public domain.")
                .contains("Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved.")
                .contains("Copyright (c) 2006 by Tavmjong Bah. All Rights Reserved.")
                .contains("The above copyright and trademark notices and this permission notice shall");
    }

    private static byte[] read(String path) throws Exception {
        try (InputStream in = BundledFontsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }
}
