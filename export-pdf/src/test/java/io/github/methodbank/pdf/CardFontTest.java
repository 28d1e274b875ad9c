package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardFontTest {

    @TempDir
    Path tmp;

    @Test
    void aBrokenUserFontIsAClearErrorNotACrash() throws Exception {
        assertThatThrownBy(() -> CardFont.of("junk.ttf", "not a font at all".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'junk.ttf' is not a usable TrueType font");
        assertThatThrownBy(() -> CardFont.of("empty.ttf", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        // a real font cut short
        Path real = tmp.resolve("cut.ttf");
        byte[] dejaVu = DejaVuBytes.regular();
        Files.write(real, Arrays.copyOf(dejaVu, dejaVu.length / 3));
        assertThatThrownBy(() -> CardFont.of(real)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut.ttf");
        assertThatThrownBy(() -> CardFont.of(tmp.resolve("missing.ttf"))).isInstanceOf(java.io.IOException.class);
        assertThat(CardFont.of("DejaVuSans.ttf", dejaVu).getName()).isEqualTo("DejaVuSans.ttf");
    }

    @Test
    void scriptsTheCardsCannotShapeAreReported() throws Exception {
        // N'Ko: DejaVu has its letters, but the cards do not join them (Arabic they do)
        io.github.methodbank.core.MethodBank sample = io.github.methodbank.core.MethodBanks.loadSample();
        io.github.methodbank.core.Method nko = io.github.methodbank.core.Method.builder().from(sample.getMethods().get(0))
                .description(io.github.methodbank.core.LocalizedText.of("fi", "\u07D2\u07DE\u07CF maailma")).build();
        io.github.methodbank.core.MethodBank bank = io.github.methodbank.core.MethodBank.builder().from(sample)
                .methods(java.util.List.of(nko)).build();
        java.util.List<String> warnings = new java.util.ArrayList<>();
        io.github.methodbank.core.export.ExportJob job = io.github.methodbank.core.export.ExportJob.builder()
                .bank(bank).methods(bank.getMethods()).language("fi")
                .listener(new io.github.methodbank.core.export.ExportListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }).build();
        PdfCardExporter.withDefaults().export(job, new java.io.ByteArrayOutputStream());
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("'" + nko.getId() + "'").contains("Nko text"));
    }

    /** The DejaVu Sans bytes bundled with the exporter. */
    static final class DejaVuBytes {
        static byte[] regular() throws java.io.IOException {
            for (String path : new String[] {"/io/github/methodbank/pdf/fonts/DejaVuSans.ttf"}) {
                try (var in = CardFontTest.class.getResourceAsStream(path)) {
                    if (in != null) {
                        return in.readAllBytes();
                    }
                }
            }
            throw new AssertionError("DejaVu Sans is not on the class path");
        }
    }
}
