package io.github.methodbank.docx.internal;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.DocxWorkshopExporter;
import io.github.methodbank.docx.internal.template.Template;
import io.github.methodbank.docx.internal.wml.Wml;
import io.github.methodbank.docx.internal.wml.WordPackage;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the sections of one workshop document share: the job, the options, the labels, the
 * template, the package and the body being written, and where the writer is (for messages).
 * One per export call; not shared between threads.
 */
final class Workshop {

    final ExportJob job;
    final MethodBank bank;
    final DocxWorkshopExporter options;
    final Labels labels;
    /** The corporate template, or null. */
    final Template template;
    final WordPackage pkg;
    /** The body's building blocks; set once the styles are known. */
    Wml w;
    /** The method being written, for messages; null between methods. */
    Method current;
    /** The section being written, for messages. */
    String section = "cover";

    Workshop(ExportJob job, DocxWorkshopExporter options, Template template) {
        this.job = job;
        this.bank = job.getBank();
        this.options = options;
        this.labels = job.getLabels();
        this.template = template;
        this.pkg = new WordPackage(template == null ? "word/document.xml" : template.mainPart);
    }

    /**
     * The Word language of a text when the bank gives it in a language other than the job's (its
     * fallback), so that its runs say so; null when it is in the job's language.
     */
    String languageOf(LocalizedText text) {
        String resolved = text.resolveLanguage(job.getLanguage(), bank.getDefaultLanguage());
        if (primary(resolved).equals(primary(job.getLanguage()))) {
            return null;
        }
        return clean(io.github.methodbank.docx.internal.wml.StyleSheet.wordLanguage(resolved), "language");
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The method's name in the job's language, cleaned. */
    String name(Method m) {
        return clean(job.text(m.getName()), "name of method '" + m.getId() + "'");
    }

    /** A text in the job's language, cleaned. */
    String textOf(LocalizedText text, String what) {
        return clean(job.text(text), what);
    }

    /** The bank's title in the job's language, cleaned. */
    String bankTitle() {
        return clean(bank.displayTitle(job.getLanguage()), "the bank title");
    }

    /**
     * The text with characters XML cannot hold (control characters, lone surrogates) removed;
     * each removal is reported to the listener, naming the method and the field.
     */
    String clean(String text, String what) {
        Set<String> removed = null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            }
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                    removed = new LinkedHashSet<>();
                }
                // a carriage return goes with the line feed it comes with: not worth a warning
                if (c != '\r') {
                    removed.add(String.format("U+%04X", (int) c));
                }
            }
        }
        if (out == null) {
            return text;
        }
        if (!removed.isEmpty()) {
            job.getListener().warning((current == null ? "" : "method '" + current.getId() + "', ") + what
                    + ": left out character(s) a Word document cannot hold: " + String.join(", ", removed));
        }
        return out.toString();
    }
}
