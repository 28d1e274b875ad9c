package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One work-development method: a "method card". Rich-text fields (description, how to use,
 * required skills, examples, sources, step descriptions) hold Markdown in every language; read
 * them with {@link MethodBank#richText(LocalizedText, String)}, which parses each text once.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; copy one with
 * {@code Method.builder().from(method)}.
 */
@Value.Immutable
@ModelStyle
public abstract class Method {

    Method() {
        // only the generated implementation extends this type
    }

    /** The method id, a slug unique within the bank. */
    public abstract String getId();

    /** The method's name. */
    public abstract LocalizedText getName();

    /** A one-line summary, if given. */
    public abstract Optional<LocalizedText> getSummary();

    /** What the method is (rich text). */
    public abstract LocalizedText getDescription();

    /** How to use it (rich text), if given. */
    public abstract Optional<LocalizedText> getHowToUse();

    /** The phases where the method fits, as given (see {@link MethodBank#phasesOf(Method)} for path order). */
    public abstract List<PhaseRef> getPhases();

    /** Who typically uses the method. */
    public abstract List<LocalizedText> getTypicalUsers();

    /** Skills the method needs (rich text), if given. */
    public abstract Optional<LocalizedText> getRequiredSkills();

    /** Free-form tags. */
    public abstract List<String> getTags();

    /** Links to further material. */
    public abstract List<Link> getLinks();

    /** How long the method takes, in minutes. */
    public abstract Optional<Range> getDurationMinutes();

    /** How many people take part. */
    public abstract Optional<Range> getGroupSize();

    /** Materials to prepare. */
    public abstract List<LocalizedText> getMaterials();

    /** The workshop agenda, if the method has one. */
    public abstract List<Step> getSteps();

    /** Examples of use (rich text). */
    public abstract Optional<LocalizedText> getExamples();

    /** Sources and further reading (rich text; see {@link MethodBank#sourcesOf(Method)}). */
    public abstract Optional<LocalizedText> getSources();

    /** The licence of the method's text, such as "CC BY 4.0" (see {@link MethodBank#licenseOf(Method)}). */
    public abstract Optional<String> getLicense();

    /** When the method's text was last updated (the date of a date-time given in the bank). */
    public abstract Optional<LocalDate> getUpdated();

    /**
     * An image (PNG or JPEG) as a path relative to the bank's directory, using {@code /}
     * as separator. It never leaves that directory.
     */
    public abstract Optional<String> getImage();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Method}. */
    public static final class Builder extends ImmutableMethod.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        Ids.requireSlug("method id", getId());
        Set<PhaseRef> seen = new HashSet<>();
        for (PhaseRef ref : getPhases()) {
            if (!seen.add(ref)) {
                throw new IllegalArgumentException("method '" + getId() + "' lists phase " + ref.asString() + " twice");
            }
        }
        Set<String> tags = new HashSet<>();
        for (String tag : getTags()) {
            if (tag.isBlank()) {
                throw new IllegalArgumentException("method '" + getId() + "' has an empty tag");
            }
            if (!tags.add(tag)) {
                throw new IllegalArgumentException("method '" + getId() + "' has tag '" + tag + "' twice");
            }
        }
        getImage().ifPresent(image -> {
            String problem = ImagePaths.problem(image);
            if (problem != null) {
                throw new IllegalArgumentException("method '" + getId() + "': " + problem);
            }
        });
    }
}
