package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.Exporters;
import io.github.methodbank.core.export.LabelKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Words in = words out on real content: every word of every field of the 36 methods of 18F's
 * library reaches the printed cards (A6 and poker) and the workshop documents.
 */
class RealBankWordsTest {

    static MethodBank bank;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RealBankWordsTest.class.getResourceAsStream("18f.json")) {
            bank = MethodBanks.load(in, "18f.json");
        }
    }

    /** Every word a reader must find for a method, with punctuation a short link address may stand before. */
    static List<String> words(Method m, ExportJob job) {
        List<String> texts = new ArrayList<>();
        texts.add(job.text(m.getName()));
        m.getSummary().ifPresent(t -> texts.add(job.text(t)));
        texts.add(job.richText(m.getDescription()).toPlainText());
        m.getHowToUse().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getRequiredSkills().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getExamples().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        job.getBank().sourcesOf(m).ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        job.getBank().licenseOf(m).ifPresent(texts::add);
        m.getTypicalUsers().forEach(t -> texts.add(job.text(t)));
        m.getMaterials().forEach(t -> texts.add(job.text(t)));
        for (Step s : m.getSteps()) {
            texts.add(job.text(s.getTitle()));
            s.getDescription().ifPresent(d -> texts.add(job.richText(d).toPlainText()));
        }
        m.getLinks().forEach(l -> l.getTitle().ifPresent(t -> texts.add(job.text(t))));
        m.getDurationMinutes().ifPresent(r -> texts.add(job.formatRange(r, LabelKey.MINUTES)));
        m.getGroupSize().ifPresent(r -> texts.add(job.formatRange(r, LabelKey.PEOPLE)));
        texts.addAll(m.getTags());
        List<String> words = new ArrayList<>();
        for (String t : texts) {
            for (String w : t.split("\\s+")) {
                String bare = w.replaceAll("^[(\"“]+|[.,;:!?)\"”]+$", "");
                if (!bare.isBlank()) {
                    words.add(bare);
                }
            }
        }
        return words;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replace("\u00AD", "");
    }

    @Test
    void everyWordReachesTheCards() throws Exception {
        for (String size : List.of("a6", "poker")) {
            Exporter cards = Exporters.forFormat("pdf-cards").orElseThrow().create(Map.of("size", size));
            for (Method m : bank.getMethods()) {
                ExportJob job = ExportJob.builder().bank(bank).addMethod(m).language("en")
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                cards.export(job, out);
                String text;
                try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
                    text = squeeze(new PDFTextStripper().getText(d));
                }
                for (String w : words(m, job)) {
                    assertThat(text).as("word '%s' of %s on %s cards", w, m.getId(), size).contains(squeeze(w));
                }
            }
        }
    }

    @Test
    void everyWordReachesTheWorkshopDocument() throws Exception {
        Exporter workshop = Exporters.forFormat("docx-workshop").orElseThrow().create(Map.of());
        for (Method m : bank.getMethods()) {
            ExportJob job = ExportJob.builder().bank(bank).addMethod(m).language("en")
                    .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workshop.export(job, out);
            String text;
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                    XWPFWordExtractor x = new XWPFWordExtractor(d)) {
                text = squeeze(x.getText());
            }
            for (String w : words(m, job)) {
                assertThat(text).as("word '%s' of %s in the workshop document", w, m.getId()).contains(squeeze(w));
            }
        }
    }
}
