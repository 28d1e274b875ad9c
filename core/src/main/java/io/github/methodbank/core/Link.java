package io.github.methodbank.core;

import io.github.methodbank.core.internal.Syntax;
import io.github.methodbank.core.internal.style.ModelStyle;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A link to further material: an http, https or mailto URL (http and https with a host) and an optional title. Immutable. */
@Value.Immutable
@ModelStyle
public abstract class Link {

    Link() {
        // only the generated implementation extends this type
    }

    /** The URL schemes a link may use. */
    public static final Set<String> ALLOWED_SCHEMES = Syntax.LINK_SCHEMES;

    /** The link's title, if given. */
    public abstract Optional<LocalizedText> getTitle();

    /** The URL. */
    public abstract URI getUrl();

    /** A link without a title. */
    public static Link of(URI url) {
        Objects.requireNonNull(url, "url");
        return builder().url(url).build();
    }

    /** A titled link. */
    public static Link of(LocalizedText title, URI url) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        return builder().title(title).url(url).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Link}. */
    public static final class Builder extends ImmutableLink.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        String problem = Syntax.linkProblem(getUrl());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
