package io.github.methodbank.examples.markdown;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.AbstractExporter;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExportOptionSet;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes methods as CommonMark/GitHub Markdown, for a wiki or a repository: a complete,
 * small example of an export format.
 *
 * <p>What a format author needs is all here: a builder with typed options and an immutable,
 * thread-safe result; each option declared once as an {@link ExportOption} and bound to its getter
 * and builder method in {@link #OPTIONS}, from which {@link MarkdownProvider} configures exporters
 * from strings; {@link AbstractExporter}, which keeps the stream and failure rules of the contract;
 * a {@link #write(ExportJob, OutputStream)} that reads texts through the job (so the language
 * fallback works), takes its labels from the shared {@link Labels} and reports progress.
 * {@code MarkdownExporterContractTest} runs the test kit against it.
 */
public final class MarkdownExporter extends AbstractExporter {

    /** The format: id {@code markdown}, extension {@code md}. */
    public static final ExportFormat FORMAT = ExportFormat.of("markdown", "Markdown", "text/markdown", "md");

    static final ExportOption<Integer> HEADING_LEVEL = ExportOption.wholeNumber("heading-level",
            "the level of each method's heading (the bank's title is one level up)", 1, 5, 2);
    static final ExportOption<Boolean> TABLE_OF_CONTENTS = ExportOption.flag("toc",
            "start with a table of contents linking to each method", false);

    /** The options tools set from text, each bound to its getter and builder method. */
    static final ExportOptionSet<MarkdownExporter, Builder> OPTIONS = ExportOptionSet
            .builder(FORMAT, MarkdownExporter::builder, Builder::build)
            .add(HEADING_LEVEL, MarkdownExporter::getHeadingLevel, Builder::headingLevel)
            .add(TABLE_OF_CONTENTS, MarkdownExporter::isTableOfContents, Builder::tableOfContents)
            .build();

    private final int headingLevel;
    private final boolean tableOfContents;

    private MarkdownExporter(Builder b) {
        this.headingLevel = b.headingLevel;
        this.tableOfContents = b.tableOfContents;
        OPTIONS.check(this); // the ranges the options declare hold for the typed builder too
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The level of each method's heading, 1 to 5 (the bank title is one level up when it is above 1). */
    public int getHeadingLevel() {
        return headingLevel;
    }

    /** Whether a table of contents starts the document. */
    public boolean isTableOfContents() {
        return tableOfContents;
    }

    @Override
    public ExportFormat getFormat() {
        return FORMAT;
    }

    @Override
    protected void write(ExportJob job, OutputStream out) throws IOException {
        // One writer per call: nothing is shared between concurrent exports. The base class
        // flushes the stream, never closes it, and turns any failure into an ExportException.
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new Document(job, w).write();
        w.flush();
    }

    /** The state of one export call. */
    private final class Document {
        private final ExportJob job;
        private final MethodBank bank;
        private final Writer w;
        private final Labels labels;

        Document(ExportJob job, Writer w) {
            this.job = job;
            this.bank = job.getBank();
            this.w = w;
            this.labels = Labels.forLanguage(job.getLanguage());
        }

        void write() throws IOException {
            String h = "#".repeat(headingLevel);
            if (headingLevel > 1) {
                w.write("#".repeat(headingLevel - 1) + " " + escape(bank.displayTitle(job.getLanguage())) + "\n\n");
            }
            if (tableOfContents && !job.getMethods().isEmpty()) {
                for (Method m : job.getMethods()) {
                    w.write("- [" + escape(job.text(m.getName())) + "](#" + m.getId() + ")\n");
                }
                w.write("\n");
            }
            List<Method> methods = job.getMethods();
            for (int i = 0; i < methods.size(); i++) {
                method(h, methods.get(i));
                job.getListener().progress(i + 1, methods.size());
            }
        }

        private void method(String h, Method m) throws IOException {
            w.write(h + " <a id=\"" + m.getId() + "\"></a>" + escape(job.text(m.getName())) + "\n\n");
            if (m.getSummary().isPresent()) {
                w.write("*" + escape(job.text(m.getSummary().get())) + "*\n\n");
            }
            for (Pathway p : bank.pathsOf(m)) {
                w.write("**" + escape(job.text(p.getName())) + ":** ");
                w.write(p.getPhases().stream().map(ph -> phase(p, ph, m)).collect(Collectors.joining(" → ")));
                w.write("\n\n");
            }
            rich(job.richText(m.getDescription()));
            section(h, labels.get(LabelKey.HOW_TO_USE), m.getHowToUse().map(job::richText).orElse(null));
            list(h, labels.get(LabelKey.TYPICAL_USERS), m.getTypicalUsers());
            section(h, labels.get(LabelKey.REQUIRED_SKILLS), m.getRequiredSkills().map(job::richText).orElse(null));
            facts(m);
            list(h, labels.get(LabelKey.MATERIALS), m.getMaterials());
            steps(h, m.getSteps());
            section(h, labels.get(LabelKey.EXAMPLES), m.getExamples().map(job::richText).orElse(null));
            section(h, labels.get(LabelKey.SOURCES), bank.sourcesOf(m).map(job::richText).orElse(null));
            if (!m.getLinks().isEmpty()) {
                w.write(h + "# " + labels.get(LabelKey.LINKS) + "\n\n");
                for (Link l : m.getLinks()) {
                    String title = l.getTitle().map(job::text).orElse(l.getUrl().toString());
                    w.write("- [" + escape(title) + "](<" + l.getUrl().toASCIIString() + ">)\n");
                }
                w.write("\n");
            }
            if (!m.getTags().isEmpty()) {
                w.write(labels.get(LabelKey.TAGS) + ": " + m.getTags().stream().map(t -> "`" + t.replace("`", "'") + "`")
                        .collect(Collectors.joining(" ")) + "\n\n");
            }
        }

        private String phase(Pathway p, Phase ph, Method m) {
            String name = escape(job.text(ph.getName()));
            return m.getPhases().contains(PhaseRef.of(p.getId(), ph.getId())) ? "**[" + name + "]**" : name;
        }

        private void facts(Method m) throws IOException {
            StringBuilder sb = new StringBuilder();
            m.getDurationMinutes().ifPresent(r -> sb.append("- ").append(labels.get(LabelKey.DURATION)).append(": ")
                    .append(escape(job.formatRange(r, LabelKey.MINUTES))).append("\n"));
            m.getGroupSize().ifPresent(r -> sb.append("- ").append(labels.get(LabelKey.GROUP_SIZE)).append(": ")
                    .append(escape(job.formatRange(r, LabelKey.PEOPLE))).append("\n"));
            bank.licenseOf(m).ifPresent(l -> sb.append("- ").append(labels.get(LabelKey.LICENSE)).append(": ").append(escape(l)).append("\n"));
            m.getUpdated().ifPresent(d -> sb.append("- ").append(labels.get(LabelKey.UPDATED)).append(": ").append(d).append("\n"));
            if (sb.length() > 0) {
                w.write(sb + "\n");
            }
        }

        private void steps(String h, List<Step> steps) throws IOException {
            if (steps.isEmpty()) {
                return;
            }
            w.write(h + "# " + labels.get(LabelKey.AGENDA) + "\n\n| " + labels.get(LabelKey.MINUTES) + " | " + labels.get(LabelKey.ACTIVITY) + " |\n|---:|---|\n");
            for (Step s : steps) {
                String text = "**" + escape(job.text(s.getTitle())) + "**"
                        + s.getDescription().map(d -> " " + escape(job.richText(d).toPlainText()).replace("\n", " "))
                                .orElse("");
                w.write("| " + (s.getMinutes().isPresent() ? s.getMinutes().getAsInt() : "") + " | " + text + " |\n");
            }
            w.write("\n");
        }

        private void section(String h, String label, RichText text) throws IOException {
            if (text != null) {
                w.write(h + "# " + label + "\n\n");
                rich(text);
            }
        }

        private void list(String h, String label, List<LocalizedText> items) throws IOException {
            if (!items.isEmpty()) {
                w.write(h + "# " + label + "\n\n");
                for (LocalizedText t : items) {
                    w.write("- " + escape(job.text(t)) + "\n");
                }
                w.write("\n");
            }
        }

        /** Writes rich text back as Markdown from the parsed model, nested lists indented. */
        private void rich(RichText text) throws IOException {
            blocks(text.getBlocks(), "");
        }

        private void blocks(List<RichText.Block> blocks, String indent) throws IOException {
            for (RichText.Block b : blocks) {
                if (b instanceof RichText.Paragraph p) {
                    w.write(indent + inlines(p.getInlines(), indent) + "\n\n");
                } else if (b instanceof RichText.Heading hd) {
                    // a heading inside a field sits below the field's own heading
                    w.write("#".repeat(Math.min(6, headingLevel + 1 + hd.getLevel())) + " "
                            + inlines(hd.getInlines(), "") + "\n\n");
                } else if (b instanceof RichText.ListBlock list) {
                    int n = list instanceof RichText.NumberedList nl ? nl.getStart() : -1;
                    for (RichText.ListItem item : list.getItems()) {
                        String marker = n >= 0 ? (n++) + ". " : "- ";
                        String inner = indent + " ".repeat(marker.length());
                        boolean first = true;
                        for (RichText.Block ib : item.getBlocks()) {
                            if (first && ib instanceof RichText.Paragraph p) {
                                w.write(indent + marker + inlines(p.getInlines(), inner) + "\n");
                            } else {
                                if (first) {
                                    w.write(indent + marker.strip() + "\n");
                                }
                                w.write("\n");
                                blocks(List.of(ib), inner);
                            }
                            first = false;
                        }
                    }
                    w.write("\n");
                }
            }
        }

        private String inlines(List<RichText.Inline> inlines, String indent) {
            StringBuilder sb = new StringBuilder();
            for (RichText.Inline i : inlines) {
                if (i instanceof RichText.Run r) {
                    sb.append(run(r));
                } else if (i instanceof RichText.Hyperlink l) {
                    sb.append('[').append(inlines(l.getInlines(), indent)).append("](<")
                            .append(l.getUrl().toString().replace(">", "%3E").replace("<", "%3C")).append(">)");
                } else {
                    sb.append("\\\n").append(indent); // a hard line break
                }
            }
            return sb.toString();
        }

        private static String run(RichText.Run r) {
            if (r.isCode()) {
                String ticks = r.getText().contains("`") ? "``" : "`";
                return ticks + (ticks.length() > 1 ? " " + r.getText() + " " : r.getText()) + ticks;
            }
            String t = escape(r.getText());
            String mark = r.isBold() && r.isItalic() ? "***" : r.isBold() ? "**" : r.isItalic() ? "*" : "";
            // emphasis markers must touch the text: keep outer spaces outside
            String lead = t.substring(0, t.length() - t.stripLeading().length());
            String trail = t.substring(t.stripTrailing().length());
            String core = t.strip();
            return core.isEmpty() || mark.isEmpty() ? t : lead + mark + core + mark + trail;
        }
    }

    /** Escapes Markdown's special characters so text shows as written. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|#!{}".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String out = sb.toString();
        // a leading "-", "+" or "1." would start a list
        return out.matches("^(\\s*)([-+]|\\d+\\.)(\\s.*)?$") ? "\\" + out : out;
    }

    /** Configures a {@link MarkdownExporter}. Not thread-safe; the exporter it builds is. */
    public static final class Builder {
        private int headingLevel = 2;
        private boolean tableOfContents;

        private Builder() {}

        /** The level of each method's heading, 1 to 5 (default 2, with the bank title as level 1); checked by {@link #build()}. */
        public Builder headingLevel(int level) {
            this.headingLevel = level;
            return this;
        }

        /** Start with a table of contents linking to each method (default false). */
        public Builder tableOfContents(boolean toc) {
            this.tableOfContents = toc;
            return this;
        }

        /**
         * The exporter.
         *
         * @throws IllegalArgumentException when an option is out of range
         */
        public MarkdownExporter build() {
            return new MarkdownExporter(this);
        }
    }
}
