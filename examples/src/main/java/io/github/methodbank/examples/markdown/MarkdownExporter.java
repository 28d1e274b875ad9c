package io.github.methodbank.examples.markdown;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Path;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes methods as CommonMark/GitHub Markdown, for a wiki or a repository: a complete,
 * small example of an export format.
 *
 * <p>What a format author needs is all here: a builder with typed options and an immutable,
 * thread-safe result; {@link #format()}; an {@link #export(ExportJob, OutputStream)} that
 * reads texts through the job (so the language fallback works), reports progress, flushes but
 * never closes the caller's stream, and turns every failure into an {@link ExportException}.
 * {@link MarkdownProvider} makes it discoverable; {@code MarkdownExporterContractTest} runs
 * the test kit against it.
 */
public final class MarkdownExporter implements Exporter {

    /** The format: id {@code markdown}, extension {@code md}. */
    public static final ExportFormat FORMAT = ExportFormat.of("markdown", "Markdown", "text/markdown", "md");

    private final int headingLevel;
    private final boolean tableOfContents;

    private MarkdownExporter(Builder b) {
        this.headingLevel = b.headingLevel;
        this.tableOfContents = b.tableOfContents;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The level of each method's heading, 1 to 5 (the bank title is one level up when it is above 1). */
    public int headingLevel() {
        return headingLevel;
    }

    /** Whether a table of contents starts the document. */
    public boolean tableOfContents() {
        return tableOfContents;
    }

    @Override
    public ExportFormat format() {
        return FORMAT;
    }

    @Override
    public void export(ExportJob job, OutputStream out) throws ExportException {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(out, "out");
        // One writer per call: nothing is shared between concurrent exports.
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            new Document(job, w).write();
            w.flush(); // flush, never close: the stream is the caller's
        } catch (IOException e) {
            throw new ExportException("could not write the Markdown: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // never let a failure escape as anything but an ExportException (the listener may throw, too)
            throw new ExportException("could not export the Markdown: " + e.getMessage(), e);
        }
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
            this.labels = Labels.of(job.getLanguage());
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
            for (Path p : bank.pathsOf(m)) {
                w.write("**" + escape(job.text(p.getName())) + ":** ");
                w.write(p.getPhases().stream().map(ph -> phase(p, ph, m)).collect(Collectors.joining(" → ")));
                w.write("\n\n");
            }
            rich(job.richText(m.getDescription()));
            section(h, labels.howToUse, m.getHowToUse().map(job::richText).orElse(null));
            list(h, labels.typicalUsers, m.getTypicalUsers());
            section(h, labels.requiredSkills, m.getRequiredSkills().map(job::richText).orElse(null));
            facts(m);
            list(h, labels.materials, m.getMaterials());
            steps(h, m.getSteps());
            section(h, labels.examples, m.getExamples().map(job::richText).orElse(null));
            section(h, labels.sources, m.getSources().map(job::richText).orElse(null));
            if (!m.getLinks().isEmpty()) {
                w.write(h + "# " + labels.links + "\n\n");
                for (Link l : m.getLinks()) {
                    String title = l.getTitle().map(job::text).orElse(l.getUrl().toString());
                    w.write("- [" + escape(title) + "](<" + l.getUrl().toASCIIString() + ">)\n");
                }
                w.write("\n");
            }
            if (!m.getTags().isEmpty()) {
                w.write(labels.tags + ": " + m.getTags().stream().map(t -> "`" + t.replace("`", "'") + "`")
                        .collect(Collectors.joining(" ")) + "\n\n");
            }
        }

        private String phase(Path p, Phase ph, Method m) {
            String name = escape(job.text(ph.getName()));
            return m.getPhases().contains(PhaseRef.of(p.getId(), ph.getId())) ? "**[" + name + "]**" : name;
        }

        private void facts(Method m) throws IOException {
            StringBuilder sb = new StringBuilder();
            m.getDurationMinutes().ifPresent(r -> sb.append("- ").append(labels.duration).append(": ").append(r.format())
                    .append(" min\n"));
            m.getGroupSize().ifPresent(r -> sb.append("- ").append(labels.groupSize).append(": ").append(r.format()).append("\n"));
            m.getLicense().ifPresent(l -> sb.append("- ").append(labels.license).append(": ").append(escape(l)).append("\n"));
            m.getUpdated().ifPresent(d -> sb.append("- ").append(labels.updated).append(": ").append(d).append("\n"));
            if (sb.length() > 0) {
                w.write(sb + "\n");
            }
        }

        private void steps(String h, List<Step> steps) throws IOException {
            if (steps.isEmpty()) {
                return;
            }
            w.write(h + "# " + labels.agenda + "\n\n| " + labels.minutes + " | " + labels.step + " |\n|---:|---|\n");
            for (Step s : steps) {
                String text = "**" + escape(job.text(s.getTitle())) + "**"
                        + s.getDescription().map(d -> " " + escape(job.richText(d).plainText()).replace("\n", " "))
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

        private void rich(RichText text) throws IOException {
            for (RichText.Block b : text.blocks()) {
                if (b instanceof RichText.Paragraph p) {
                    w.write(runs(p) + "\n\n");
                } else if (b instanceof RichText.BulletList l) {
                    for (RichText.Paragraph item : l.items()) {
                        w.write("- " + runs(item) + "\n");
                    }
                    w.write("\n");
                }
            }
        }

        private String runs(RichText.Paragraph p) {
            StringBuilder sb = new StringBuilder();
            for (RichText.Run r : p.runs()) {
                String t = escape(r.text());
                String mark = r.bold() && r.italic() ? "***" : r.bold() ? "**" : r.italic() ? "*" : "";
                // emphasis markers must touch the text: keep outer spaces outside
                String lead = t.substring(0, t.length() - t.stripLeading().length());
                String trail = t.substring(t.stripTrailing().length());
                String core = t.strip();
                sb.append(core.isEmpty() || mark.isEmpty() ? t : lead + mark + core + mark + trail);
            }
            return sb.toString();
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

    /** Section labels in fi, sv and en. */
    private record Labels(String howToUse, String typicalUsers, String requiredSkills, String materials, String agenda,
            String minutes, String step, String examples, String sources, String links, String tags, String duration,
            String groupSize, String license, String updated) {

        static final Map<String, Labels> ALL = Map.of(
                "fi", new Labels("Miten menetelmää käytetään?", "Kuka käyttää", "Tarvittava osaaminen", "Tarvikkeet",
                        "Kulku", "min", "Vaihe", "Esimerkkejä", "Lähteet", "Linkit", "Avainsanat", "Kesto",
                        "Ryhmän koko", "Lisenssi", "Päivitetty"),
                "sv", new Labels("Hur används metoden?", "Vem använder den", "Kompetens som behövs", "Material",
                        "Förlopp", "min", "Steg", "Exempel", "Källor", "Länkar", "Nyckelord", "Längd", "Gruppstorlek",
                        "Licens", "Uppdaterad"),
                "en", new Labels("How to use it", "Who uses it", "Skills needed", "Materials", "Agenda", "min", "Step",
                        "Examples", "Sources", "Links", "Tags", "Duration", "Group size", "License", "Updated"));

        static Labels of(String language) {
            String primary = language.split("-")[0].toLowerCase(java.util.Locale.ROOT);
            return ALL.getOrDefault(primary, ALL.get("en"));
        }
    }

    /** Configures a {@link MarkdownExporter}. Not thread-safe; the exporter it builds is. */
    public static final class Builder {
        private int headingLevel = 2;
        private boolean tableOfContents;

        private Builder() {}

        /**
         * The level of each method's heading, 1 to 5 (default 2, with the bank title as level 1).
         *
         * @throws IllegalArgumentException outside 1 to 5
         */
        public Builder headingLevel(int level) {
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException("heading level must be from 1 to 5, was " + level);
            }
            this.headingLevel = level;
            return this;
        }

        /** Start with a table of contents linking to each method (default false). */
        public Builder tableOfContents(boolean toc) {
            this.tableOfContents = toc;
            return this;
        }

        /** The exporter. */
        public MarkdownExporter build() {
            return new MarkdownExporter(this);
        }
    }
}
