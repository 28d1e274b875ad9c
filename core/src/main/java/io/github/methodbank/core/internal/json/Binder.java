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
 * Maps a located JSON tree onto the model, collecting every problem with its location
 * instead of stopping at the first. Returns null for any part that has an error. Not API.
 */
public final class Binder {

    static final Set<String> BANK_FIELDS = Set.of("$schema", "formatVersion", "id", "title", "defaultLanguage", "license",
            "sources", "paths", "methods");
    static final Set<String> PATH_FIELDS = Set.of("id", "name", "phases");
    static final Set<String> PHASE_FIELDS = Set.of("id", "name");
    static final Set<String> METHOD_FIELDS = Set.of("id", "name", "summary", "description", "howToUse", "phases",
            "typicalUsers", "requiredSkills", "tags", "links", "durationMinutes", "groupSize", "materials", "steps",
            "examples", "sources", "license", "updated", "image");
    static final Set<String> LINK_FIELDS = Set.of("title", "url");
    static final Set<String> RANGE_FIELDS = Set.of("min", "max", "note");
    static final Set<String> STEP_FIELDS = Set.of("title", "minutes", "description");


    private final String source;
    private final boolean lenient;
    private final Limits limits;
    private final Problems problems;
    private String defaultLanguage = "en";

    /** A binder for one file. */
    public Binder(String source, boolean lenient, Limits limits, Problems problems) {
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

    // ---- model parts -----------------------------------------------------------------

    /** A path; null after reporting. */
    public Pathway path(Node n) {
        Node.Obj o = object(n, "a path");
        if (o == null) {
            return null;
        }
        long before = errorCount();
        fields(o, PATH_FIELDS, "a path");
        Node id = required(o, "id", "a path", PATH_FIELDS);
        Node name = required(o, "name", "a path", PATH_FIELDS);
        Node phases = required(o, "phases", "a path", PATH_FIELDS);
        String idValue = id == null ? null : slug(id, "path id");
        LocalizedText nameValue = name == null ? null : localized(name, "the path name", false);
        List<Phase> phaseList = null;
        if (phases != null) {
            List<Node> nodes = array(phases, "the phases of a path", limits.getMaxPhases(), "maxPhases");
            if (nodes != null) {
                if (nodes.isEmpty()) {
                    error(phases, "a path needs at least one phase");
                } else {
                    phaseList = each(nodes, this::phase);
                    if (phaseList != null) {
                        Map<String, Integer> seen = new LinkedHashMap<>();
                        for (int i = 0; i < phaseList.size(); i++) {
                            Integer first = seen.putIfAbsent(phaseList.get(i).getId(), i);
                            if (first != null) {
                                Node at = ((Node.Obj) nodes.get(i)).members.get("id");
                                error(at, "phase id '" + phaseList.get(i).getId() + "' is used twice in this path (first at "
                                        + phases.pointer() + "/" + first + "/id)");
                            }
                        }
                    }
                }
            }
        }
        if (errorCount() > before || idValue == null || nameValue == null || phaseList == null) {
            return null;
        }
        List<Phase> finalPhases = phaseList;
        return build(o, () -> Pathway.of(idValue, nameValue, finalPhases));
    }

    Phase phase(Node n) {
        Node.Obj o = object(n, "a phase");
        if (o == null) {
            return null;
        }
        fields(o, PHASE_FIELDS, "a phase");
        Node id = required(o, "id", "a phase", PHASE_FIELDS);
        Node name = required(o, "name", "a phase", PHASE_FIELDS);
        String idValue = id == null ? null : slug(id, "phase id");
        LocalizedText nameValue = name == null ? null : localized(name, "the phase name", false);
        if (idValue == null || nameValue == null) {
            return null;
        }
        return build(o, () -> Phase.of(idValue, nameValue));
    }

    /** A method; null after reporting. Phase references are checked only for form here. */
    public Method method(Node n) {
        Node.Obj o = object(n, "a method");
        if (o == null) {
            return null;
        }
        long before = errorCount();
        fields(o, METHOD_FIELDS, "a method");
        Method.Builder b = Method.builder();
        Node id = required(o, "id", "a method", METHOD_FIELDS);
        Node name = required(o, "name", "a method", METHOD_FIELDS);
        Node description = required(o, "description", "a method", METHOD_FIELDS);
        if (id != null) {
            String v = slug(id, "method id");
            if (v != null) {
                b.id(v);
            }
        }
        if (name != null) {
            set(localized(name, "the method name", false), b::name);
        }
        if (description != null) {
            set(rich(description, "the description"), b::description);
        }
        optional(o, "summary", x -> set(localized(x, "the summary", false), b::summary));
        optional(o, "howToUse", x -> set(rich(x, "how to use"), b::howToUse));
        optional(o, "requiredSkills", x -> set(rich(x, "the required skills"), b::requiredSkills));
        optional(o, "examples", x -> set(rich(x, "the examples"), b::examples));
        optional(o, "sources", x -> set(rich(x, "the sources"), b::sources));
        optional(o, "license", x -> set(nonBlank(x, "the licence", false), b::license));
        optional(o, "phases", x -> set(list(x, "the phases of a method", this::phaseRef), b::addAllPhases));
        optional(o, "typicalUsers", x -> set(list(x, "the typical users",
                e -> localized(e, "a typical user", false)), b::addAllTypicalUsers));
        optional(o, "materials", x -> set(list(x, "the materials",
                e -> localized(e, "a material", false)), b::addAllMaterials));
        optional(o, "tags", x -> set(tags(x), b::addAllTags));
        optional(o, "links", x -> set(list(x, "the links", this::link), b::addAllLinks));
        optional(o, "steps", x -> set(list(x, "the steps", this::step), b::addAllSteps));
        optional(o, "durationMinutes", x -> set(range(x, "the duration in minutes"), b::durationMinutes));
        optional(o, "groupSize", x -> set(range(x, "the group size"), b::groupSize));
        optional(o, "updated", x -> set(date(x), b::updated));
        optional(o, "image", x -> set(image(x), b::image));
        if (errorCount() > before || id == null || name == null || description == null) {
            return null;
        }
        return build(o, b::build);
    }

    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static void optional(Node.Obj o, String key, java.util.function.Consumer<Node> bind) {
        Node n = o.members.get(key);
        if (n != null && !(n instanceof Node.Null)) {
            bind.accept(n);
        }
    }

    private <T> List<T> list(Node n, String what, Function<Node, T> bind) {
        List<Node> nodes = array(n, what, limits.getMaxListEntries(), "maxListEntries");
        return nodes == null ? null : each(nodes, bind);
    }

    PhaseRef phaseRef(Node n) {
        String v = string(n, "a phase reference", false);
        if (v == null) {
            return null;
        }
        int slash = v.indexOf('/');
        if (slash <= 0 || slash != v.lastIndexOf('/') || slash == v.length() - 1
                || !Syntax.isSlug(v.substring(0, slash)) || !Syntax.isSlug(v.substring(slash + 1))) {
            error(n, () -> "'" + shorten(v) + "' is not a phase reference; write it as \"path-id/phase-id\", such as \"kehittaminen/kokeile\"");
            return null;
        }
        return PhaseRef.of(v.substring(0, slash), v.substring(slash + 1));
    }

    List<String> tags(Node n) {
        List<Node> nodes = array(n, "the tags", limits.getMaxListEntries(), "maxListEntries");
        if (nodes == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        boolean ok = true;
        for (Node e : nodes) {
            String v = nonBlank(e, "a tag", false);
            if (v == null) {
                ok = false;
            } else if (!seen.add(v)) {
                error(e, "tag '" + v + "' is listed twice");
                ok = false;
            } else {
                out.add(v);
            }
        }
        return ok ? out : null;
    }

    Link link(Node n) {
        Node.Obj o = object(n, "a link");
        if (o == null) {
            return null;
        }
        fields(o, LINK_FIELDS, "a link");
        Node url = required(o, "url", "a link", LINK_FIELDS);
        LocalizedText title = null;
        boolean ok = url != null;
        Node t = o.members.get("title");
        if (t != null) {
            title = localized(t, "the link title", false);
            ok &= title != null;
        }
        URI uri = null;
        if (url != null) {
            String v = nonBlank(url, "the link URL", false);
            if (v == null) {
                return null;
            }
            try {
                uri = new URI(v.strip());
                String problem = Syntax.linkProblem(uri);
                if (problem != null) {
                    error(url, problem);
                    return null;
                }
            } catch (URISyntaxException e) {
                error(url, "'" + shorten(v) + "' is not a valid URL: " + e.getReason()
                        + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
                return null;
            }
        }
        if (!ok) {
            return null;
        }
        LocalizedText finalTitle = title;
        URI finalUri = uri;
        return build(o, () -> finalTitle == null ? Link.of(finalUri) : Link.of(finalTitle, finalUri));
    }

    Step step(Node n) {
        Node.Obj o = object(n, "a step");
        if (o == null) {
            return null;
        }
        long before = errorCount();
        fields(o, STEP_FIELDS, "a step");
        Step.Builder b = Step.builder();
        Node title = required(o, "title", "a step", STEP_FIELDS);
        if (title != null) {
            set(localized(title, "the step title", false), b::title);
        }
        optional(o, "minutes", x -> set(integer(x, "the minutes of a step", 0), b::minutes));
        optional(o, "description", x -> set(rich(x, "the step description"), b::description));
        if (errorCount() > before || title == null) {
            return null;
        }
        return build(o, b::build);
    }

    Range range(Node n, String what) {
        Node.Obj o = object(n, what);
        if (o == null) {
            return null;
        }
        fields(o, RANGE_FIELDS, what);
        Node min = o.members.get("min");
        Node max = o.members.get("max");
        Node note = o.members.get("note");
        if (min == null && max == null && note == null) {
            error(o, what + " needs a min, a max or a note, such as {\"min\": 5} for 5 or more, {\"max\": 30} for up to 30,"
                    + " {\"min\": 15, \"max\": 30} or {\"note\": \"Flexible\"}");
            return null;
        }
        Integer minV = min == null ? null : integer(min, what + " min", 0);
        Integer maxV = max == null ? null : integer(max, what + " max", 0);
        LocalizedText noteV = note == null ? null : localized(note, what + " note", false);
        if ((min != null && minV == null) || (max != null && maxV == null) || (note != null && noteV == null)) {
            return null;
        }
        if (minV != null && maxV != null && maxV < minV) {
            error(max, what + " max (" + maxV + ") is smaller than its min (" + minV + ")");
            return null;
        }
        Range.Builder b = Range.builder();
        if (minV != null) {
            b.min(minV);
        }
        if (maxV != null) {
            b.max(maxV);
        }
        if (noteV != null) {
            b.note(noteV);
        }
        return build(o, b::build);
    }

    LocalDate date(Node n) {
        String v = string(n, "the updated date", false);
        if (v == null) {
            return null;
        }
        // a date, or a date-time whose date is kept as written (no time zone is applied)
        try {
            return v.length() <= 10 ? LocalDate.parse(v) : java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(v,
                    LocalDate::from);
        } catch (DateTimeParseException e) {
            error(n, () -> "'" + shorten(v) + "' is not a date such as 2026-03-31 or a date-time such as 2026-03-31T14:00:00Z");
            return null;
        }
    }

    String image(Node n) {
        String v = nonBlank(n, "the image path", false);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            error(n, () -> "image '" + shorten(v) + "' must be a PNG or JPEG file (.png, .jpg or .jpeg)");
            return null;
        }
        if (v.startsWith("/") || v.contains("\\") || v.matches("^[A-Za-z]:.*")) {
            error(n, () -> "image '" + shorten(v) + "' must be a path relative to the bank's directory, with / as separator");
            return null;
        }
        for (String segment : v.split("/", -1)) {
            if (segment.equals("..")) {
                error(n, () -> "image '" + shorten(v) + "' leaves the bank's directory; keep images inside it");
                return null;
            }
        }
        return v;
    }

    /** Runs a model constructor; a broken model rule becomes a located problem. */
    <T> T build(Node at, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(at, String.valueOf(e.getMessage()));
            return null;
        }
    }
}
