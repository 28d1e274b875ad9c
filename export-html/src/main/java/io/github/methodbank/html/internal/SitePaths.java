package io.github.methodbank.html.internal;

import io.github.methodbank.core.PhaseRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where each page of a site lies, relative to its language's folder ({@code fi/}, {@code en/} …).
 * Method, path and phase ids are slugs and make safe file names as they are; a tag can be any text,
 * so its file name is its letters in ASCII and a short hash. Not API.
 */
public final class SitePaths {

    /** The front page. */
    public static final String FRONT = "index.html";
    /** The list of all methods. */
    public static final String ALL_METHODS = "methods/index.html";
    /** The list of tags. */
    public static final String TAGS = "tags/index.html";
    /** The search page. */
    public static final String SEARCH = "search.html";
    /** The search index (a script, so that search works from a file as well as from a server). */
    public static final String SEARCH_INDEX = "search-index.js";
    /** The whole deck of cards. */
    public static final String DECK_PDF = "downloads/cards.pdf";
    /** The workshop document of every method. */
    public static final String DECK_DOCX = "downloads/workshop.docx";

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");

    private SitePaths() {}

    /** A method's page. */
    public static String method(String id) {
        return "methods/" + methodFile(id);
    }

    /** A method's page's file name within {@code methods/}. */
    public static String methodFile(String id) {
        return id + ".html";
    }

    /** A method's printable card. */
    public static String card(String id) {
        return "downloads/methods/" + id + ".pdf";
    }

    /** A method's workshop document. */
    public static String workshop(String id) {
        return "downloads/methods/" + id + ".docx";
    }

    /** A phase's page. */
    public static String phase(PhaseRef ref) {
        return "phases/" + ref.getPathId() + "/" + ref.getPhaseId() + ".html";
    }

    /** A tag's page. */
    public static String tag(String tag) {
        return "tags/" + tagSlug(tag) + ".html";
    }

    /**
     * A tag's file name without extension: the tag itself when it is lower-case ASCII letters,
     * digits and hyphens, else its ASCII letters and digits and 8 hex digits of its SHA-256.
     */
    public static String tagSlug(String tag) {
        if (tag.length() <= 60 && SLUG.matcher(tag).matches() && !tag.equals("index")) {
            return tag;
        }
        String ascii = NOT_ALNUM.matcher(Normalizer.normalize(tag, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT))
                .replaceAll("-");
        ascii = EDGE_HYPHENS.matcher(ascii).replaceAll("");
        if (ascii.length() > 40) {
            ascii = EDGE_HYPHENS.matcher(ascii.substring(0, 40)).replaceAll("");
        }
        return (ascii.isEmpty() ? "tag" : ascii) + "-" + hash(tag).substring(0, 8);
    }

    /** The SHA-256 of a text as hex. */
    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many folders deep a page lies below its language's folder. */
    public static int depth(String page) {
        int d = 0;
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) == '/') {
                d++;
            }
        }
        return d;
    }
}
