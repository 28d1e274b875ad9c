package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfCardsProviderTest {

    private final ExporterProvider provider = Exporters.forFormat("pdf-cards").orElseThrow();

    @Test
    void isDiscoveredWithItsFormat() {
        assertThat(provider).isInstanceOf(PdfCardsProvider.class);
        assertThat(provider.getFormat().getDisplayName()).isEqualTo("Printable PDF cards");
        assertThat(provider.getFormat().getMediaType()).isEqualTo("application/pdf");
        assertThat(provider.getFormat().getFileExtension()).isEqualTo("pdf");
        assertThat(provider.getOptions()).extracting(o -> o.getName()).containsExactly("size", "orientation", "layout",
                "sheet", "duplex", "bleed", "safe-margin", "offset-x", "offset-y", "crop-marks", "pdfa", "qr", "tagged",
                "overflow", "font-size", "document-id");
    }

    @Test
    void mapsEveryOptionOntoTheTypedOptions() {
        Exporter e = provider.create(Map.ofEntries(Map.entry("size", "63x88"), Map.entry("orientation", "landscape"),
                Map.entry("layout", "sheet"), Map.entry("sheet", "letter"), Map.entry("duplex", "short-edge"),
                Map.entry("bleed", "2.5"), Map.entry("offset-x", "-1.5"), Map.entry("offset-y", "0.5"),
                Map.entry("pdfa", "true"), Map.entry("qr", "true"), Map.entry("tagged", "false"),
                Map.entry("overflow", "fail"),
                Map.entry("crop-marks", "false"), Map.entry("safe-margin", "4"), Map.entry("font-size", "7"),
                Map.entry("document-id", "deck-1")));
        PdfCardExporter o = (PdfCardExporter) e;
        assertThat(o.getSize()).isEqualTo(CardSize.custom(63, 88));
        assertThat(o.getOrientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(o.getLayout()).isEqualTo(Layout.SHEET);
        assertThat(o.getSheet()).isEqualTo(SheetSize.LETTER);
        assertThat(o.getDuplex()).isEqualTo(Duplex.SHORT_EDGE);
        assertThat(o.getBleedMm()).isEqualTo(2.5);
        assertThat(o.getBackOffsetXMm()).isEqualTo(-1.5);
        assertThat(o.getBackOffsetYMm()).isEqualTo(0.5);
        assertThat(o.isPdfA()).isTrue();
        assertThat(o.isQrCode()).isTrue();
        assertThat(o.isTagged()).isFalse();
        assertThat(((PdfCardExporter) provider.create(Map.of())).isTagged()).isTrue();
        assertThat(o.getOverflow()).isEqualTo(Overflow.FAIL);
        assertThat(o.isCropMarks()).isFalse();
        assertThat(o.getSafeMarginMm()).isEqualTo(4);
        assertThat(o.getFontSize()).isEqualTo(7);
        assertThat(o.getDocumentId()).contains("deck-1");
        // the options print back as the strings that made them
        assertThat(PdfCardExporter.OPTIONS.create(PdfCardExporter.OPTIONS.toStrings(o))).isEqualTo(o);
        assertThat(((PdfCardExporter) provider.create(Map.of("size", "index-5x3"))).getSize())
                .isEqualTo(CardSize.INDEX_5X3);
        assertThat(((PdfCardExporter) provider.create(Map.of())).getSize()).isEqualTo(CardSize.A6);
    }

    @Test
    void rejectsUnknownKeysAndBadValuesWithClearMessages() {
        assertThatThrownBy(() -> provider.create(Map.of("colour", "red")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour").hasMessageContaining("size");
        assertThatThrownBy(() -> provider.create(Map.of("size", "b5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size").hasMessageContaining("'b5'")
                .hasMessageContaining("poker");
        assertThatThrownBy(() -> provider.create(Map.of("layout", "grid")))
                .hasMessageContaining("layout").hasMessageContaining("single, sheet");
        assertThatThrownBy(() -> PdfCardExporter.builder().bleedMm(11).build())
                .hasMessage("option bleed must be from 0 to 10 mm, was 11");
        assertThatThrownBy(() -> provider.create(Map.of("bleed", "thick"))).hasMessageContaining("bleed");
        assertThatThrownBy(() -> provider.create(Map.of("bleed", "50"))).hasMessageContaining("bleed");
        assertThatThrownBy(() -> provider.create(Map.of("pdfa", "yes"))).hasMessageContaining("pdfa")
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> provider.create(Map.of("size", "5x900"))).hasMessageContaining("size");
    }
}
