package io.github.methodbank.core.internal.json;

import io.github.methodbank.core.Limits;
import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.Problem.Severity;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.internal.Suggestions;
import io.github.methodbank.core.internal.Syntax;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads located JSON values — text (NFC, control characters checked), ids, language tags, localized
 * and rich text, lists, whole numbers — and reports every problem at its place instead of stopping at
 * the first. Returns null for a value that has an error. {@link Binder} maps the model's parts with
 * these. Not API.
 */
public class LocatedValues {



    final String source;
    final boolean lenient;
    final Limits limits;
    final Problems problems;
    private String defaultLanguage = "en";

    /** Values of one file. */
    public LocatedValues(String source, boolean lenient, Limits limits, Problems problems) {
        this.source = source;
        this.lenient = lenient;
        this.limits = limits;
        this.problems = problems;
    }

    /** The file this binder reports against. */
    public String source() {
        return source;
    }

    /** The language plain strings are in. */
    public void defaultLanguage(String language) {
        this.defaultLanguage = language;
    }

    /** Errors recorded so far (across all binders sharing the list). */
    public long errorCount() {
        return problems.errors();
    }

    // ---- reporting -------------------------------------------------------------------

    void error(Node at, String message) {
        error(at, message, null);
    }

    /** An error whose message is composed only when it is listed (see {@link Problems#full()}). */
    void error(Node at, java.util.function.Supplier<String> message) {
        if (problems.full()) {
            problems.countError();
        } else {
            error(at, message.get(), null);
        }
    }

    void error(Node at, String message, String suggestion) {
        if (problems.full()) {
            problems.countError();
        } else {
            problems.add(Problem.of(Severity.ERROR, source, at.line, at.column, at.pointer(), message, suggestion));
        }
    }

    void warning(Node at, String message, String suggestion) {
        if (problems.full()) {
            problems.countWarning();
        } else {
            problems.add(Problem.of(Severity.WARNING, source, at.line, at.column, at.pointer(), message, suggestion));
        }
    }

    /** True when further problems are only counted: a caller may skip composing their message. */
    boolean full() {
        return problems.full();
    }

    /** Records a problem at a node of this binder's file. */
    public void report(Node at, String message, String suggestion) {
        error(at, message, suggestion);
    }

    // ---- generic helpers -------------------------------------------------------------

    /** The node as an object, or null after reporting. */
    public Node.Obj object(Node n, String what) {
        if (n instanceof Node.Obj o) {
            return o;
        }
        error(n, () -> what + " must be an object { ... }, found " + n.kind());
        return null;
    }

    /** Reports unknown fields (error, or warning in lenient mode) with suggestions. */
    public void fields(Node.Obj o, Set<String> known, String what) {
        for (Map.Entry<String, Node> e : o.members.entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            if (problems.full()) { // counted, not listed: no need for a suggestion
                if (lenient) {
                    problems.countWarning();
                } else {
                    problems.countError();
                }
                continue;
            }
            String suggestion = Suggestions.closest(e.getKey(), known).orElse(null);
            Node at = e.getValue();
            String message = what + " has no field '" + shorten(e.getKey()) + "'";
            if (lenient) {
                warning(at, message + "; it is ignored", suggestion);
            } else {
                error(at, suggestion != null ? message : message + "; known fields are " + String.join(", ", sorted(known)),
                        suggestion);
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.remove("$schema");
        l.sort(null);
        return l;
    }

    Node required(Node.Obj o, String key, String what, Set<String> known) {
        Node n = o.members.get(key);
        if (n == null && problems.full()) {
            problems.countError();
        } else if (n == null) {
            // a field of another name may be a misspelling of this one, unless it is a known field itself
            String typo = o.members.keySet().stream()
                    .filter(k -> !known.contains(k) && Suggestions.closest(k, List.of(key)).isPresent())
                    .findFirst().orElse(null);
            error(o, what + " needs the field '" + key + "'"
                    + (typo == null ? "" : " ('" + typo + "' looks like a misspelling of it)"));
        }
        return n;
    }

    /** A string value, NFC-normalised and checked for control characters; null after reporting. */
    String string(Node n, String what, boolean multiLine) {
        if (!(n instanceof Node.Str s)) {
            error(n, () -> what + " must be text in quotes, found " + n.kind());
            return null;
        }
        String v = s.value;
        if (multiLine) {
            v = v.replace("\r\n", "\n").replace('\r', '\n');
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean allowed = c == '\t' || (multiLine && c == '\n');
            if ((Character.isISOControl(c) && !allowed) || (c == '\n' && !multiLine)) {
                int at = i + 1;
                error(n, () -> what + " contains the control character U+" + hex(c) + " at position " + at
                        + (c == '\n' ? " (a line break; this field is a single line)" : "; remove it"));
                return null;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                    continue;
                }
                int at = i + 1;
                error(n, () -> what + " contains a broken character (unpaired surrogate U+" + hex(c) + ") at position "
                        + at);
                return null;
            }
            if (Character.isLowSurrogate(c)) {
                int at = i + 1;
                error(n, () -> what + " contains a broken character (unpaired surrogate U+" + hex(c) + ") at position "
                        + at);
                return null;
            }
        }
        if (!Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
            v = Normalizer.normalize(v, Normalizer.Form.NFC);
        }
        return v;
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }

    String nonBlank(Node n, String what, boolean multiLine) {
        String v = string(n, what, multiLine);
        if (v != null && v.isBlank()) {
            error(n, () -> what + " is empty; give it text or leave the field out");
            return null;
        }
        return v;
    }

    /** A slug id; null after reporting. */
    public String slug(Node n, String what) {
        String v = string(n, what, false);
        if (v == null) {
            return null;
        }
        if (!Syntax.isSlug(v)) {
            String suggestion = slugify(v);
            error(n, "'" + shorten(v) + "' is not a valid " + what
                    + ": use lower-case letters a-z, digits and single hyphens",
                    suggestion == null || suggestion.length() > 80 ? null : suggestion);
            return null;
        }
        return v;
    }

    /** A value for a message: at most 60 characters. */
    static String shorten(String v) {
        return v.length() <= 60 ? v : v.substring(0, 57) + "\u2026";
    }

    static String slugify(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? null : n;
    }

    /** A language tag; null after reporting. */
    public String languageTag(Node n, String what) {
        String v = string(n, what, false);
        if (v != null && !Syntax.isLanguageTag(v)) {
            error(n, () -> "'" + shorten(v) + "' is not a language tag such as fi, sv, en or en-GB");
            return null;
        }
        return v;
    }

    /**
     * Localized Markdown text: as {@link #localized}, and what the formats cannot show as written
     * (an image, HTML, a table …) is a warning at the text, naming the line and column inside it.
     */
    LocalizedText rich(Node n, String what) {
        LocalizedText t = localized(n, what, true);
        if (t != null) {
            for (Map.Entry<String, String> e : t.getValues().entrySet()) {
                Node at = n instanceof Node.Obj o ? o.members.get(e.getKey()) : n;
                for (RichText.Notice notice : RichText.parse(e.getValue()).getNotices()) {
                    warning(at, what + (n instanceof Node.Obj ? " (" + e.getKey() + ")" : "") + ", line " + notice.getLine()
                            + ", column " + notice.getColumn() + " of the text: " + notice.getMessage(), null);
                }
            }
        }
        return t;
    }

    /** Localized text: a string in the default language, or an object of language tags. */
    public LocalizedText localized(Node n, String what, boolean multiLine) {
        if (n instanceof Node.Str) {
            String v = nonBlank(n, what, multiLine);
            return v == null ? null : LocalizedText.of(defaultLanguage, v);
        }
        if (n instanceof Node.Obj o) {
            if (o.members.isEmpty()) {
                error(n, () -> what + " has no text: give a string or {\"fi\": \"...\", \"en\": \"...\"}");
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, Node> e : o.members.entrySet()) {
                if (!Syntax.isLanguageTag(e.getKey())) {
                    error(e.getValue(), "'" + shorten(e.getKey()) + "' is not a language tag such as fi, sv, en or en-GB",
                            Suggestions.closest(e.getKey(), List.of("fi", "sv", "en")).orElse(null));
                    ok = false;
                    continue;
                }
                String v = nonBlank(e.getValue(), what + " (" + e.getKey() + ")", multiLine);
                if (v == null) {
                    ok = false;
                } else {
                    values.put(e.getKey(), v);
                }
            }
            return ok ? LocalizedText.of(values) : null;
        }
        error(n, () -> what + " must be text or an object of languages such as {\"fi\": \"...\", \"en\": \"...\"}, found "
                + n.kind());
        return null;
    }

    /** The elements of a list, or null after reporting. */
    public List<Node> array(Node n, String what, int max, String limitName) {
        if (!(n instanceof Node.Arr a)) {
            error(n, () -> what + " must be a list [ ... ], found " + n.kind());
            return null;
        }
        if (a.count > max) {
            error(n, () -> what + " has " + a.count + " entries, more than the limit of " + max + " (raise Limits."
                    + limitName + " if this is intended)");
            return null;
        }
        return a.elements;
    }

    /** Binds each element; null when any failed. */
    <T> List<T> each(List<Node> nodes, Function<Node, T> bind) {
        List<T> out = new ArrayList<>(nodes.size());
        boolean ok = true;
        for (Node n : nodes) {
            T t = bind.apply(n);
            if (t == null) {
                ok = false;
            } else {
                out.add(t);
            }
        }
        return ok ? out : null;
    }

    /** A whole number in [min, Integer.MAX_VALUE]; null after reporting. */
    public Integer integer(Node n, String what, int min) {
        if (!(n instanceof Node.Num num) || !num.integral) {
            error(n, () -> what + " must be a whole number, found " + (n instanceof Node.Num ? "a decimal number" : n.kind()));
            return null;
        }
        BigDecimal v = num.value;
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            error(n, () -> what + " must be a whole number from " + min + " to " + Integer.MAX_VALUE + ", found "
                    + shorten(v.toPlainString()));
            return null;
        }
        return v.intValueExact();
    }

}
