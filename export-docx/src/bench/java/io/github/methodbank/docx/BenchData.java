package io.github.methodbank.docx;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Workloads for the benchmarks: the sample bank's methods repeated to a given count. */
final class BenchData {

    static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

    private BenchData() {}

    static ExportJob job(int methods, String lang) {
        MethodBank sample = MethodBanks.loadSample();
        List<Method> list = new ArrayList<>();
        for (int i = 0; list.size() < methods; i++) {
            Method m = sample.getMethods().get(i % sample.getMethods().size());
            list.add(methods == 1 ? sample.method("asiakaspolku").orElseThrow()
                    : Method.builder().from(m).id(m.getId() + "-" + i).build());
        }
        MethodBank bank = methods == 1 ? sample : MethodBank.builder().from(sample).methods(list).build();
        return ExportJob.builder().bank(bank).methods(list).language(lang).timestamp(TIME).build();
    }

    /**
     * The baseline: the same texts the workshop document holds, written with raw POI as plain
     * paragraphs, one run each: no styles, lists, tables, fields, content controls or links.
     */
    static byte[] rawPoi(ExportJob job) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Method m : job.getMethods()) {
                List<String> texts = new ArrayList<>();
                texts.add(job.text(m.getName()));
                m.getSummary().ifPresent(t -> texts.add(job.text(t)));
                m.getPhases().forEach(r -> job.getBank().phase(r).ifPresent(p -> texts.add(job.text(p.getName()))));
                m.getTypicalUsers().forEach(t -> texts.add(job.text(t)));
                m.getRequiredSkills().ifPresent(t -> paragraphs(job.richText(t), texts));
                m.getMaterials().forEach(t -> texts.add(job.text(t)));
                for (Step s : m.getSteps()) {
                    texts.add(job.text(s.getTitle()));
                    s.getDescription().ifPresent(d -> paragraphs(job.richText(d), texts));
                }
                paragraphs(job.richText(m.getDescription()), texts);
                m.getHowToUse().ifPresent(t -> paragraphs(job.richText(t), texts));
                m.getExamples().ifPresent(t -> paragraphs(job.richText(t), texts));
                m.getSources().ifPresent(t -> paragraphs(job.richText(t), texts));
                m.getLinks().forEach(l -> texts.add(l.getUrl().toString()));
                for (String t : texts) {
                    doc.createParagraph().createRun().setText(t);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraphs(RichText text, List<String> out) {
        for (RichText.Block b : text.getBlocks()) {
            if (b instanceof RichText.Paragraph p) {
                out.add(p.toPlainText());
            } else if (b instanceof RichText.Heading h) {
                out.add(h.toPlainText());
            } else {
                ((RichText.ListBlock) b).getItems().forEach(i -> out.add(RichText.of(i.getBlocks()).toPlainText()));
            }
        }
    }

    static LocalizedText fi(String s) {
        return LocalizedText.of("fi", s);
    }
}
