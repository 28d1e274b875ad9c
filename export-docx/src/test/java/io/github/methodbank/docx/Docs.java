package io.github.methodbank.docx;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Test helpers: export, reopen, and read documents back as a user would see them. */
final class Docs {

    static final Instant TIME = Instant.parse("2026-03-02T10:15:30Z");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Docs() {}

    static ExportJob job(MethodBank bank, List<Method> methods, String lang) {
        return ExportJob.builder().bank(bank).methods(methods).language(lang).timestamp(TIME).build();
    }

    static byte[] export(Exporter exporter, ExportJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(job, out);
        } catch (ExportException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text of the document, tables, content controls, headers and footers included. */
    static String text(XWPFDocument doc) {
        try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(text)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every word of the method's texts in the job's language, as a reader sees them (without markup). */
    static Set<String> methodWords(ExportJob job, Method m) {
        List<String> texts = new ArrayList<>();
        texts.add(job.text(m.getName()));
        m.getSummary().ifPresent(t -> texts.add(job.text(t)));
        texts.add(job.richText(m.getDescription()).toPlainText());
        m.getHowToUse().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getRequiredSkills().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getExamples().ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        job.getBank().sourcesOf(m).ifPresent(t -> texts.add(job.richText(t).toPlainText()));
        m.getTypicalUsers().forEach(t -> texts.add(job.text(t)));
        m.getMaterials().forEach(t -> texts.add(job.text(t)));
        for (Step s : m.getSteps()) {
            texts.add(job.text(s.getTitle()));
            s.getDescription().ifPresent(d -> texts.add(job.richText(d).toPlainText()));
        }
        m.getLinks().forEach(l -> {
            l.getTitle().ifPresent(t -> texts.add(job.text(t)));
            // a mailto link shows the address; the link itself keeps the scheme
            texts.add(l.getUrl().toString().replaceFirst("^mailto:", ""));
        });
        texts.addAll(m.getTags());
        job.getBank().licenseOf(m).ifPresent(texts::add);
        m.getPhases().forEach(r -> job.getBank().phase(r).ifPresent(p -> texts.add(job.text(p.getName()))));
        return words(String.join(" ", texts));
    }

    /** The headings as "1 text", "2 text" ... in document order; the title as "T text". */
    static List<String> headings(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            String style = p.getStyle();
            if (style == null) {
                continue;
            }
            if (style.equals("Title")) {
                out.add("T " + p.getText());
            } else if (style.startsWith("Heading")) {
                out.add(style.substring("Heading".length()) + " " + p.getText());
            }
        }
        return out;
    }

    /** The first table after the heading with this text. */
    static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")
                    && p.getText().equals(heading)) {
                seen = true;
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after heading '" + heading + "'");
    }

    static List<List<String>> cells(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> r.getTableCells().stream().map(c -> c.getText().trim()).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    /** The first paragraph of a column in every row but the header: an agenda's times, or its activities. */
    static List<String> column(XWPFTable table, int column, int paragraph) {
        return table.getRows().subList(1, table.getRows().size()).stream()
                .map(r -> r.getCell(column).getParagraphs())
                .map(ps -> ps.size() > paragraph ? ps.get(paragraph).getText() : "")
                .collect(Collectors.toList());
    }

    /** An agenda's clock times, row by row (the header row left out). */
    static List<String> times(XWPFTable agenda) {
        return column(agenda, 0, 0);
    }

    /** An agenda's durations (the time cell's second paragraph), row by row. */
    static List<String> durations(XWPFTable agenda) {
        return column(agenda, 0, 1);
    }

    /** An agenda's activities (the activity cell's first paragraph), row by row. */
    static List<String> activities(XWPFTable agenda) {
        return column(agenda, 1, 0);
    }

    static Method method(MethodBank bank, String id) {
        return bank.method(id).orElseThrow();
    }

    static LocalizedText fi(String text) {
        return LocalizedText.of("fi", text);
    }

    static RichText rich(String s) {
        return RichText.parse(s);
    }
}
