package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search index of one language: for each method, the distinct words of its name, summary,
 * description and tags in lower case, as a script that sets {@code window.methodbankIndex} (a
 * script rather than JSON, so that search works from a file as well as from a server). Not API.
 */
final class SearchIndex {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private SearchIndex() {}

    static byte[] write(Site site, String lang) {
        Texts t = site.texts(lang);
        StringBuilder sb = new StringBuilder(site.methods.size() * 600);
        sb.append("window.methodbankIndex = {");
        boolean first = true;
        for (Method m : site.methods) {
            Set<String> words = new LinkedHashSet<>();
            add(words, t.get(m.getName()));
            m.getSummary().ifPresent(s -> add(words, t.get(s)));
            add(words, t.rich(m.getDescription()).toPlainText());
            m.getTags().forEach(tag -> add(words, tag));
            sb.append(first ? "\n" : ",\n");
            first = false;
            json(sb, m.getId());
            sb.append(':');
            json(sb, String.join(" ", words));
        }
        sb.append("\n};\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void add(Set<String> words, String text) {
        for (String w : NON_WORD.split(Html.clean(text).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
    }

    /** A JSON string that is also safe inside any HTML or script context. */
    static void json(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029
                    || (c >= 0x7F && c <= 0x9F)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
