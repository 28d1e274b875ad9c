package io.github.methodbank.core;


/** Shared id and language-tag rules of the method bank format. */
final class Ids {

    private Ids() {}

    static boolean isSlug(String s) {
        return io.github.methodbank.core.internal.Syntax.isSlug(s);
    }

    static boolean isLanguageTag(String s) {
        return io.github.methodbank.core.internal.Syntax.isLanguageTag(s);
    }

    static void requireSlug(String what, String id) {
        if (!isSlug(id)) {
            throw new IllegalArgumentException(slugMessage(what, id));
        }
    }

    static String slugMessage(String what, String id) {
        return what + " '" + id + "' is not a valid id: use lower-case letters a-z, digits and single hyphens"
                + " between them, for example '" + slugify(id) + "'";
    }

    /** A slug made from arbitrary text, for suggestions. */
    static String slugify(String text) {
        String n = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "my-id" : n;
    }
}
