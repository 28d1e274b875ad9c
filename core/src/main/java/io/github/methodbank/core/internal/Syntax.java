package io.github.methodbank.core.internal;

/**
 * Checks of ids and language tags written as loops: a regular expression with a repeated
 * group recurses once per repetition and overflows the stack on hostile input. Not API.
 */
public final class Syntax {
    private Syntax() {}

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    public static boolean isSlug(String s) {
        if (s == null || s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        char prev = 'a';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (c != '-' || prev == '-')) {
                return false;
            }
            prev = c;
        }
        return true;
    }

    /** {@code [A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*}, at most 64 characters. */
    public static boolean isLanguageTag(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        String[] parts = s.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int min = i == 0 ? 2 : 1;
            if (p.length() < min || p.length() > 8) {
                return false;
            }
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The URL schemes a link may use. */
    public static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("http", "https", "mailto");

    /**
     * Why a URL cannot be a link, or null when it can: links are absolute http, https or mailto URLs,
     * and http(s) ones name a host. The same rule holds for a method's links and links in rich text.
     */
    public static String linkProblem(java.net.URI url) {
        String scheme = url.getScheme();
        String shown = url.toString().length() <= 60 ? url.toString() : url.toString().substring(0, 57) + "\u2026";
        if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
            return "the link '" + shown + "' must start with http://, https:// or mailto:";
        }
        if (!scheme.equalsIgnoreCase("mailto") && (url.getHost() == null || url.getHost().isEmpty())) {
            return "the link '" + shown + "' has no host name, such as https://example.org/";
        }
        return null;
    }
}
