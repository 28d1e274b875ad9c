package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxWorkshopProviderTest {

    private final DocxWorkshopProvider provider = new DocxWorkshopProvider();

    @Test
    void isDiscoveredUnderItsFormatId() {
        ExporterProvider found = Exporters.forFormat("docx-workshop").orElseThrow();
        assertThat(found).isInstanceOf(DocxWorkshopProvider.class);
        assertThat(found.getFormat().getDisplayName()).isEqualTo("Word workshop template");
        assertThat(found.getFormat().getMediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(found.getFormat().getFileExtension()).isEqualTo("docx");
        assertThat(found.getOptions()).extracting(ExportOption::getName)
                .containsExactly("start", "time", "title", "template", "questions", "next-step-rows");
    }

    @Test
    void noOptionsGiveTheDefaults() {
        DocxWorkshopExporter e = (DocxWorkshopExporter) provider.create(Map.of());
        assertThat(e).isEqualTo(DocxWorkshopExporter.withDefaults());
    }

    @Test
    void optionsMapOntoTheTypedOptions(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("corp.dotx");
        Files.write(template, CorporateTemplateTest.corporateTemplate(false));
        DocxWorkshopExporter e = (DocxWorkshopExporter) provider.create(Map.of(
                "start", "13:30", "title", "Kevätpäivä", "next-step-rows", "12", "template", template.toString()));
        assertThat(e.getStartTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(e.getTitle()).contains("Kevätpäivä");
        assertThat(e.getNextStepRows()).isEqualTo(12);
        assertThat(e.getTemplate()).hasValueSatisfying(t -> {
            assertThat(t.bytes()).isEqualTo(readAll(template));
            assertThat(t.getName()).isEqualTo("corp.dotx");
        });
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void unknownKeysAndBadValuesAreRejectedNamingTheKey(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> provider.create(Map.of("colour", "red")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour").hasMessageContaining("start");
        assertThatThrownBy(() -> provider.create(Map.of("start", "25:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start").hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> provider.create(Map.of("start", "9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
        assertThatThrownBy(() -> provider.create(Map.of("next-step-rows", "51")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next-step-rows").hasMessageContaining("0 to 50");
        assertThatThrownBy(() -> provider.create(Map.of("next-step-rows", "many")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next-step-rows");
        assertThatThrownBy(() -> provider.create(Map.of("title", "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> provider.create(Map.of("template", dir.resolve("missing.dotx").toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("template").hasMessageContaining("missing.dotx");
        Path pdf = Files.writeString(dir.resolve("corp.pdf"), "x");
        assertThatThrownBy(() -> provider.create(Map.of("template", pdf.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".docx or .dotx");
    }

    @Test
    void aCopyKeepsTheOptionsItDoesNotChange() {
        DocxWorkshopExporter base = DocxWorkshopExporter.builder().nextStepRows(9).build();
        DocxWorkshopExporter e = DocxWorkshopExporter.builder().from(base).startTime(LocalTime.of(8, 0)).build();
        assertThat(e.getNextStepRows()).isEqualTo(9);
        assertThat(e.getStartTime()).isEqualTo(LocalTime.of(8, 0));
    }
}
