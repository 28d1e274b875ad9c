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
        assertThat(provider.format().getDisplayName()).isEqualTo("Printable PDF cards");
        assertThat(provider.format().getMediaType()).isEqualTo("application/pdf");
        assertThat(provider.format().getFileExtension()).isEqualTo("pdf");
        assertThat(provider.options()).extracting(o -> o.name()).containsExactly("size", "orientation", "layout",
                "sheet", "duplex", "bleed", "offset-x", "offset-y", "pdfa", "qr", "tagged", "overflow", "crop-marks");
    }

    @Test
    void mapsEveryOptionOntoTheTypedOptions() {
        Exporter e = provider.create(Map.ofEntries(Map.entry("size", "63x88"), Map.entry("orientation", "landscape"),
                Map.entry("layout", "sheet"), Map.entry("sheet", "letter"), Map.entry("duplex", "short-edge"),
                Map.entry("bleed", "2.5"), Map.entry("offset-x", "-1.5"), Map.entry("offset-y", "0.5"),
                Map.entry("pdfa", "true"), Map.entry("qr", "true"), Map.entry("tagged", "false"),
                Map.entry("overflow", "fail"),
                Map.entry("crop-marks", "false")));
        PdfCardOptions o = ((PdfCardExporter) e).options();
        assertThat(o.size()).isEqualTo(CardSize.custom(63, 88));
        assertThat(o.orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(o.layout()).isEqualTo(Layout.SHEET);
        assertThat(o.sheet()).isEqualTo(SheetSize.LETTER);
        assertThat(o.duplex()).isEqualTo(Duplex.SHORT_EDGE);
        assertThat(o.bleedMm()).isEqualTo(2.5);
        assertThat(o.backOffsetXMm()).isEqualTo(-1.5);
        assertThat(o.backOffsetYMm()).isEqualTo(0.5);
        assertThat(o.pdfA()).isTrue();
        assertThat(o.qrCode()).isTrue();
        assertThat(o.tagged()).isFalse();
        assertThat(((PdfCardExporter) provider.create(Map.of())).options().tagged()).isTrue();
        assertThat(o.overflow()).isEqualTo(Overflow.FAIL);
        assertThat(o.cropMarks()).isFalse();
        assertThat(((PdfCardExporter) provider.create(Map.of("size", "index-5x3"))).options().size())
                .isEqualTo(CardSize.INDEX_5X3);
        assertThat(((PdfCardExporter) provider.create(Map.of())).options().size()).isEqualTo(CardSize.A6);
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
        assertThatThrownBy(() -> provider.create(Map.of("bleed", "thick"))).hasMessageContaining("bleed");
        assertThatThrownBy(() -> provider.create(Map.of("bleed", "50"))).hasMessageContaining("bleed");
        assertThatThrownBy(() -> provider.create(Map.of("pdfa", "yes"))).hasMessageContaining("pdfa")
                .hasMessageContaining("true, false");
        assertThatThrownBy(() -> provider.create(Map.of("size", "5x900"))).hasMessageContaining("size");
    }
}
