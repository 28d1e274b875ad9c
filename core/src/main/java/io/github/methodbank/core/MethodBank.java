package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import io.github.methodbank.core.internal.BankRules;
import io.github.methodbank.core.internal.Suggestions;
import io.github.methodbank.core.internal.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A method bank: paths of phases and the methods placed on them.
 *
 * <p>Every instance, however it was built, holds the bank's invariants: path, phase and
 * method ids are slugs and unique in their scope, and every phase reference of a method
 * names an existing phase. Building a bank that breaks them throws
 * {@link IllegalArgumentException} listing every broken rule.
 *
 * <p>Immutable and thread-safe; the query methods are cheap after their first use.
 */
@Value.Immutable
@ModelStyle
public abstract class MethodBank {

    MethodBank() {
        // only the generated implementation extends this type
    }

    /** The only format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    /** The format version, always {@value #FORMAT_VERSION}. */
    @Value.Default
    public int getFormatVersion() {
        return FORMAT_VERSION;
    }

    /** The bank id, a slug, if given. */
    public abstract Optional<String> getId();

    /** The bank's title, if given. */
    public abstract Optional<LocalizedText> getTitle();

    /** The language of plain-string texts and the fallback of look-ups. Default {@code en}. */
    @Value.Default
    public String getDefaultLanguage() {
        return "en";
    }

    /** The licence of the bank's texts, such as "CC BY 4.0", for methods that do not name their own. */
    public abstract Optional<String> getLicense();

    /** Sources and further reading (rich text) of the whole bank, for methods that have none of their own. */
    public abstract Optional<LocalizedText> getSources();

    /** The paths, in order. */
    public abstract List<Pathway> getPaths();

    /** The methods, in order. */
    public abstract List<Method> getMethods();

    /**
     * Where the bank's files (method images) are read from: the bank file's directory when
     * loaded from a file, the class path for the bundled sample, absent for a bank read from
     * a stream. Not part of equality.
     */
    @Value.Auxiliary
    public abstract Optional<BankResources> getResources();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MethodBank}. */
    public static final class Builder extends ImmutableMethodBank.Builder {}

    /** The method with this id. */
    public Optional<Method> method(String id) {
        return Optional.ofNullable(index().methods.get(id));
    }

    /** The path with this id. */
    public Optional<Pathway> path(String id) {
        return Optional.ofNullable(index().paths.get(id));
    }

    /** The phase a reference points to. */
    public Optional<Phase> phase(PhaseRef ref) {
        Objects.requireNonNull(ref, "ref");
        return path(ref.getPathId()).flatMap(p -> p.phase(ref.getPhaseId()));
    }

    /** The methods placed on this phase, in bank order. */
    public List<Method> methodsIn(PhaseRef phase) {
        Objects.requireNonNull(phase, "phase");
        return getMethods().stream().filter(m -> m.getPhases().contains(phase)).collect(Collectors.toUnmodifiableList());
    }

    /** The methods placed on any phase of this path, in bank order. */
    public List<Method> methodsOn(String pathId) {
        Objects.requireNonNull(pathId, "pathId");
        return getMethods().stream()
                .filter(m -> m.getPhases().stream().anyMatch(r -> r.getPathId().equals(pathId)))
                .collect(Collectors.toUnmodifiableList());
    }

    /** The methods with this tag (exact match), in bank order. */
    public List<Method> methodsTagged(String tag) {
        Objects.requireNonNull(tag, "tag");
        return getMethods().stream().filter(m -> m.getTags().contains(tag)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Free-text search: the methods whose text, in any language, contains every word of
     * the query (case-insensitive). Names, summaries, descriptions, how-to-use, tags,
     * typical users, skills and materials are searched. An empty query matches all.
     */
    public List<Method> search(String query) {
        Objects.requireNonNull(query, "query");
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return getMethods().stream()
                .filter(m -> {
                    String hay = index().searchText.get(m.getId());
                    for (String w : words) {
                        if (!hay.contains(w)) {
                            return false;
                        }
                    }
                    return true;
                })
                .collect(Collectors.toUnmodifiableList());
    }

    /** The method's phases in path order: by the bank's path order, then by phase order. */
    public List<PhaseRef> phasesOf(Method method) {
        Objects.requireNonNull(method, "method");
        Map<String, Integer> pathOrder = index().pathOrder;
        List<PhaseRef> refs = new ArrayList<>(method.getPhases());
        refs.sort(Comparator.<PhaseRef>comparingInt(r -> pathOrder.getOrDefault(r.getPathId(), Integer.MAX_VALUE))
                .thenComparingInt(r -> path(r.getPathId()).map(p -> p.indexOf(r.getPhaseId())).orElse(-1)));
        return Collections.unmodifiableList(refs);
    }

    /** The paths the method is placed on, in bank order. */
    public List<Pathway> pathsOf(Method method) {
        Objects.requireNonNull(method, "method");
        return getPaths().stream()
                .filter(p -> method.getPhases().stream().anyMatch(r -> r.getPathId().equals(p.getId())))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The id of a method of this bank closest in spelling to {@code misspelt}, for a "did you mean"
     * hint; empty when no id is close.
     */
    public Optional<String> closestMethodId(String misspelt) {
        Objects.requireNonNull(misspelt, "misspelt");
        return Suggestions.closest(misspelt, getMethods().stream().map(Method::getId).collect(Collectors.toList()));
    }

    /**
     * The phase reference ({@code pathId/phaseId}) of this bank closest in spelling to
     * {@code misspelt}, for a "did you mean" hint; empty when none is close.
     */
    public Optional<String> closestPhase(String misspelt) {
        Objects.requireNonNull(misspelt, "misspelt");
        return Suggestions.closest(misspelt, getPaths().stream()
                .flatMap(p -> p.getPhases().stream().map(ph -> p.getId() + "/" + ph.getId()))
                .collect(Collectors.toList()));
    }

    /** The text in {@code language} with this bank's fallback chain. */
    public String text(LocalizedText text, String language) {
        Objects.requireNonNull(text, "text");
        return text.get(language, getDefaultLanguage());
    }

    /** The rich text in {@code language} with this bank's fallback chain, parsed once and shared. */
    public RichText richText(LocalizedText text, String language) {
        Objects.requireNonNull(text, "text");
        return text.getRichText(language, getDefaultLanguage());
    }

    /** The licence that covers a method: its own, else the bank's. */
    public Optional<String> licenseOf(Method method) {
        Objects.requireNonNull(method, "method");
        return method.getLicense().or(this::getLicense);
    }

    /** The sources of a method: its own, else the bank's. */
    public Optional<LocalizedText> sourcesOf(Method method) {
        Objects.requireNonNull(method, "method");
        return method.getSources().or(this::getSources);
    }

    /** The title in {@code language}, else the id, else "Method bank". */
    public String displayTitle(String language) {
        return getTitle().map(t -> text(t, language)).orElse(getId().orElse("Method bank"));
    }

    /** Internal look-up tables, computed once. */
    @Value.Lazy
    Index index() {
        return new Index(this);
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (getFormatVersion() != FORMAT_VERSION) {
            throw new IllegalArgumentException("formatVersion " + getFormatVersion() + " is not supported; this version reads "
                    + FORMAT_VERSION);
        }
        getId().ifPresent(id -> Ids.requireSlug("bank id", id));
        getLicense().ifPresent(l -> {
            if (l.isBlank()) {
                throw new IllegalArgumentException("the bank's licence is empty");
            }
        });
        if (!Ids.isLanguageTag(getDefaultLanguage())) {
            throw new IllegalArgumentException("defaultLanguage '" + getDefaultLanguage() + "' is not a language tag");
        }
        List<Violation> violations = BankRules.check(getPaths(), getMethods());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the bank breaks " + violations.size() + " rule(s): "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
    }

    /** Look-up tables of a bank. */
    static final class Index {
        final Map<String, Method> methods = new HashMap<>();
        final Map<String, Pathway> paths = new HashMap<>();
        final Map<String, Integer> pathOrder = new HashMap<>();
        final Map<String, String> searchText = new HashMap<>();

        Index(MethodBank bank) {
            for (int i = 0; i < bank.getPaths().size(); i++) {
                Pathway p = bank.getPaths().get(i);
                paths.put(p.getId(), p);
                pathOrder.put(p.getId(), i);
            }
            for (Method m : bank.getMethods()) {
                methods.put(m.getId(), m);
                searchText.put(m.getId(), searchable(m));
            }
        }

        private static String searchable(Method m) {
            Stream<LocalizedText> texts = Stream.of(
                    Stream.of(m.getName(), m.getDescription()),
                    m.getSummary().stream(), m.getHowToUse().stream(), m.getRequiredSkills().stream(),
                    m.getTypicalUsers().stream(), m.getMaterials().stream())
                    .flatMap(s -> s);
            String all = texts.flatMap(t -> t.getValues().values().stream()).collect(Collectors.joining("\n"))
                    + "\n" + String.join("\n", m.getTags()) + "\n" + m.getId();
            return all.toLowerCase(Locale.ROOT);
        }
    }
}
