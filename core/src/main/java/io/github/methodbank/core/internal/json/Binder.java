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
 * Maps a located JSON tree onto the model — paths, phases, methods, links, steps, ranges — with the
 * value readers of {@link LocatedValues}, collecting every problem with its location instead of
 * stopping at the first. Returns null for any part that has an error. Not API.
 */
public final class Binder extends LocatedValues {
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

    /** A binder for one file. */
    public Binder(String source, boolean lenient, Limits limits, Problems problems) {
        super(source, lenient, limits, problems);
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
