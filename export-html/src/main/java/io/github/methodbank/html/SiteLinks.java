package io.github.methodbank.html;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.html.internal.SitePaths;
import java.util.Optional;

/**
 * Where the links of a method's HTML lead, for a method shown in a web application of one's own
 * ({@link HtmlSiteExporter#writeMethodFragment}): the application decides the addresses of its
 * method, phase and tag pages, and whether it offers downloads and images. An address is written
 * as given (escaped); give relative or absolute URLs. Implementations must be thread-safe if shared.
 */
public interface SiteLinks {

    /**
     * The address of a method's page.
     *
     * @param method the method
     * @return its URL
     */
    String method(Method method);

    /**
     * The address of a phase's page.
     *
     * @param phase the phase
     * @return its URL
     */
    String phase(PhaseRef phase);

    /**
     * The address of a tag's page, or empty to show the tag as text.
     *
     * @param tag the tag as the bank writes it
     * @return its URL, if any
     */
    default Optional<String> tag(String tag) {
        return Optional.empty();
    }

    /**
     * The address of a method's image, or empty to leave the image out (the default).
     *
     * @param method a method with an image
     * @return its URL, if any
     */
    default Optional<String> image(Method method) {
        return Optional.empty();
    }

    /**
     * The address of a method's printable card (PDF), or empty for none (the default).
     *
     * @param method the method
     * @return its URL, if any
     */
    default Optional<String> card(Method method) {
        return Optional.empty();
    }

    /**
     * The address of a method's workshop document (Word), or empty for none (the default).
     *
     * @param method the method
     * @return its URL, if any
     */
    default Optional<String> workshop(Method method) {
        return Optional.empty();
    }

    /**
     * The links of the static site, relative to a method's page in it ({@code methods/ID.html}):
     * methods, phases and tags; no images or downloads.
     *
     * @return the links
     */
    static SiteLinks relativeToMethodPage() {
        return new SiteLinks() {
            @Override
            public String method(Method method) {
                return SitePaths.methodFile(method.getId());
            }

            @Override
            public String phase(PhaseRef phase) {
                return "../" + SitePaths.phase(phase);
            }

            @Override
            public Optional<String> tag(String tag) {
                return Optional.of("../" + SitePaths.tag(tag));
            }
        };
    }
}
