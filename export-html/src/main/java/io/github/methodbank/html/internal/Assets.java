package io.github.methodbank.html.internal;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.html.SiteColors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's style sheet and script, bundled in this module; the style sheet gets the paths' colours. Not API. */
public final class Assets {

    private Assets() {}

    /** A bundled file of {@code io/github/methodbank/html/assets/}. */
    static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/io/github/methodbank/html/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the site's " + name + " is missing from methodbank-export-html");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's icon: a dot of each of the first three paths' colours (of the accent, without paths). */
    static String icon(SiteColors colors, MethodBank bank) {
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">");
        int n = Math.min(3, bank.getPaths().size());
        if (n == 0) {
            sb.append("<circle cx=\"16\" cy=\"16\" r=\"14\" fill=\"").append(SiteColors.css(colors.getAccent()))
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            sb.append("<circle cx=\"").append(6 + i * 10).append("\" cy=\"16\" r=\"6\" fill=\"")
                    .append(SiteColors.css(colors.colorOf(bank.getPaths().get(i).getId(), i))).append("\"/>");
        }
        return sb.append("</svg>\n").toString();
    }

    /** The style sheet: the bundled rules, then a colour per path ({@code .path-N}) and the accent ({@code .path-none}). */
    public static String siteCss(SiteColors colors, MethodBank bank) {
        StringBuilder sb = new StringBuilder(new String(read("site.css"), StandardCharsets.UTF_8));
        sb.append("\n/* path colours */\n");
        int i = 0;
        for (Pathway p : bank.getPaths()) {
            sb.append(".path-").append(i).append(" { --path: ").append(SiteColors.css(colors.colorOf(p.getId(), i)))
                    .append("; }\n");
            i++;
        }
        sb.append(".path-none { --path: ").append(SiteColors.css(colors.getAccent())).append("; }\n");
        return sb.toString();
    }
}
