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
}
