package io.github.methodbank.html.internal;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.core.export.TextDirection;
import java.util.Locale;

/**
 * A bank's texts in one language as HTML: each element that shows bank text says, with its own
 * {@code lang}, when the text is in a fallback language, and with {@code dir}, when the text runs
 * the other way than the page. Not API.
 */
public final class Texts {

    final MethodBank bank;
    final String language;
    final Labels labels;
    final TextDirection pageDirection;

    /**
     * The texts of {@code bank} in {@code language}.
     *
     * @param bank the bank
     * @param language the page's language
     */
    public Texts(MethodBank bank, String language) {
        this.bank = bank;
        this.language = language;
        this.labels = Labels.forLanguage(language);
        this.pageDirection = TextDirection.ofLanguage(language);
    }

    /** The text in the page's language, with the bank's fallback. */
    String get(LocalizedText t) {
        return bank.text(t, language);
    }

    /** The rich text in the page's language, with the bank's fallback. */
    RichText rich(LocalizedText t) {
        return bank.richText(t, language);
    }

    /** The language a text falls back to, or null when it is in the page's language. */
    String fallback(LocalizedText t) {
        String resolved = t.resolveLanguage(language, bank.getDefaultLanguage());
        return primary(resolved).equals(primary(language)) ? null : resolved;
    }

    /** {@code  lang="…"} for a text in a fallback language, and {@code  dir="…"} for text running the other way. */
    void attrs(Html h, LocalizedText t, String shown) {
        String fb = fallback(t);
        if (fb != null) {
            h.attr("lang", fb);
        }
        dir(h, shown);
    }

    /** {@code  dir="…"} when the text's first strong character runs the other way than the page. */
    void dir(Html h, String shown) {
        TextDirection d = TextDirection.of(shown);
        if (d != TextDirection.NEUTRAL && d != pageDirection) {
            h.attr("dir", d == TextDirection.RIGHT_TO_LEFT ? "rtl" : "ltr");
        }
    }

    /** An element holding a plain bank text: {@code <tag class="…" lang dir>text</tag>}. */
    void element(Html h, String tag, String cssClass, LocalizedText t) {
        String s = get(t);
        h.raw("<").raw(tag);
        if (cssClass != null) {
            h.attr("class", cssClass);
        }
        attrs(h, t, s);
        h.raw(">").text(s).raw("</").raw(tag).raw(">");
    }

    /** A bank text inside other markup: in a {@code span} of its own language when it falls back. */
    void inline(Html h, LocalizedText t) {
        String s = get(t);
        String fb = fallback(t);
        TextDirection d = TextDirection.of(s);
        boolean other = d != TextDirection.NEUTRAL && d != pageDirection;
        if (fb == null && !other) {
            h.text(s);
            return;
        }
        h.raw("<span");
        if (fb != null) {
            h.attr("lang", fb);
        }
        if (other) {
            h.attr("dir", d == TextDirection.RIGHT_TO_LEFT ? "rtl" : "ltr");
        }
        h.raw(">").text(s).raw("</span>");
    }

    /**
     * A rich text as HTML blocks, in a {@code div} of its language when it falls back.
     *
     * @param headingLevel the level of the text's first-level headings (3 below a section's h2)
     */
    void rich(Html h, LocalizedText t, int headingLevel) {
        String fb = fallback(t);
        if (fb != null) {
            h.raw("<div").attr("lang", fb).raw(">");
        }
        RichTextHtml.write(h, rich(t), headingLevel, pageDirection);
        if (fb != null) {
            h.raw("</div>");
        }
    }

    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
