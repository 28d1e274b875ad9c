package io.github.methodbank.html.internal;

import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.TextDirection;
import io.github.methodbank.html.HtmlSiteExporter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One page of a site in one language: the document around the content (head with the policy,
 * style sheets and alternate languages; the skip link, title, menu, search form and language
 * switch; the breadcrumb; the footer) and relative addresses from the page to any other. Not API.
 */
final class Page {

    final Site site;
    final String language;
    final String path;
    final Texts texts;
    final StringBuilder sb = new StringBuilder(16 * 1024);
    final Html h = new Html(sb);
    private final String root;

    /** A page at {@code path} below the folder of {@code language}. */
    Page(Site site, String language, String path) {
        this.site = site;
        this.language = language;
        this.path = path;
        this.texts = site.texts(language);
        this.root = "../".repeat(SitePaths.depth(path) + 1);
    }

    /** The address of another page of the same language. */
    String href(String page) {
        int slash = path.lastIndexOf('/');
        if (slash >= 0 && page.startsWith(path.substring(0, slash + 1))) {
            return page.substring(slash + 1); // in the same folder
        }
        return "../".repeat(SitePaths.depth(path)) + page;
    }

    /** The address of a file at the site's root (assets, media). */
    String rootHref(String file) {
        return root + file;
    }

    /** A crumb of the breadcrumb: a page's title and its address (null for the page itself). */
    record Crumb(String title, String href) {}

    /**
     * Starts the page: everything up to the opening of {@code main}.
     *
     * @param title the page's own title (the site's title follows it in the window title)
     * @param crumbs the breadcrumb up to and including this page; empty on the front page
     * @param script whether the page loads the search script
     */
    void start(String title, List<Crumb> crumbs, boolean script) {
        String siteTitle = site.title(language);
        h.raw("<!DOCTYPE html>\n<html").attr("lang", language);
        if (TextDirection.ofLanguage(language) == TextDirection.RIGHT_TO_LEFT) {
            h.raw(" dir=\"rtl\"");
        }
        h.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\"").attr("content", HtmlSiteExporter.CONTENT_SECURITY_POLICY)
                .raw(">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
        h.text(title.equals(siteTitle) ? title : title + " \u2013 " + siteTitle).raw("</title>\n");
        h.raw("<link rel=\"stylesheet\"").attr("href", rootHref(Site.CSS)).raw(">\n");
        h.raw("<link rel=\"icon\" type=\"image/svg+xml\"").attr("href", rootHref(Site.ICON)).raw(">\n");
        if (site.userCss) {
            h.raw("<link rel=\"stylesheet\"").attr("href", rootHref(Site.USER_CSS)).raw(">\n");
        }
        for (String other : site.languages) {
            if (!other.equals(language)) {
                h.raw("<link rel=\"alternate\"").attr("hreflang", other).attr("href", root + other + "/" + path).raw(">\n");
            }
        }
        if (script) {
            h.raw("<script").attr("src", href(SitePaths.SEARCH_INDEX)).raw(" defer></script>\n");
            h.raw("<script").attr("src", rootHref(Site.JS)).raw(" defer></script>\n");
        }
        h.raw("</head>\n<body>\n<a class=\"skip\" href=\"#main\">").text(texts.labels.get(LabelKey.SKIP_TO_CONTENT))
                .raw("</a>\n<header class=\"site\">\n<div class=\"bar\">");
        h.raw("<a class=\"brand\"").attr("href", href(SitePaths.FRONT)).raw(">");
        if (site.logoFile != null) {
            h.raw("<img").attr("src", rootHref(site.logoFile)).raw(" alt=\"\">");
        }
        h.raw("<span");
        if (site.titleFallback(language) != null) {
            h.attr("lang", site.titleFallback(language));
        }
        h.raw(">").text(siteTitle).raw("</span></a>\n");
        if (site.languages.size() > 1) {
            h.raw("<nav class=\"languages\"").attr("aria-label", texts.labels.get(LabelKey.LANGUAGE)).raw("><ul>");
            for (String other : site.languages) {
                h.raw("<li>");
                if (other.equals(language)) {
                    h.raw("<a").attr("href", href(path)).attr("lang", other)
                            .raw(" aria-current=\"page\">").text(Site.languageName(other)).raw("</a>");
                } else {
                    h.raw("<a").attr("href", root + other + "/" + path).attr("hreflang", other).attr("lang", other).raw(">")
                            .text(Site.languageName(other)).raw("</a>");
                }
                h.raw("</li>");
            }
            h.raw("</ul></nav>");
        }
        h.raw("</div>\n<nav class=\"menu\"").attr("aria-label", texts.labels.get(LabelKey.MAIN_MENU)).raw("><ul>");
        menuItem(SitePaths.FRONT, LabelKey.FRONT_PAGE);
        menuItem(SitePaths.ALL_METHODS, LabelKey.ALL_METHODS);
        if (site.hasTags()) {
            menuItem(SitePaths.TAGS, LabelKey.TAGS);
        }
        h.raw("</ul></nav>\n");
        h.raw("<form class=\"search\" role=\"search\"").attr("action", href(SitePaths.SEARCH)).raw(" method=\"get\">")
                .raw("<label for=\"q\">").text(texts.labels.get(LabelKey.SEARCH_METHODS)).raw("</label>")
                .raw("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\">")
                .raw("<button type=\"submit\">").text(texts.labels.get(LabelKey.SEARCH)).raw("</button></form>\n");
        h.raw("</header>\n");
        if (!crumbs.isEmpty()) {
            h.raw("<nav class=\"crumbs\"").attr("aria-label", texts.labels.get(LabelKey.BREADCRUMB)).raw("><ol>");
            for (Crumb c : crumbs) {
                h.raw("<li>");
                if (c.href() == null) {
                    h.raw("<span aria-current=\"page\"");
                    texts.dir(h, c.title());
                    h.raw(">").text(c.title()).raw("</span>");
                } else {
                    h.raw("<a").attr("href", c.href());
                    texts.dir(h, c.title());
                    h.raw(">").text(c.title()).raw("</a>");
                }
                h.raw("</li>");
            }
            h.raw("</ol></nav>\n");
        }
        h.raw("<main id=\"main\">\n");
    }

    private void menuItem(String page, LabelKey label) {
        h.raw("<li><a").attr("href", href(page));
        if (page.equals(path)) {
            h.raw(" aria-current=\"page\"");
        }
        h.raw(">").text(texts.labels.get(label)).raw("</a></li>");
    }

    /** Ends the page: closes {@code main}, writes the footer, and returns the page's bytes. */
    byte[] end() {
        h.raw("\n</main>\n<footer class=\"site\">");
        site.bank().getLicense().ifPresent(l -> {
            h.raw("<p>").text(texts.labels.get(LabelKey.LICENSE)).raw(": <span");
            texts.dir(h, l);
            h.raw(">").text(l).raw("</span></p>");
        });
        h.raw("<p>").text(texts.labels.get(LabelKey.UPDATED)).raw(": <time").attr("datetime", site.date.toString()).raw(">")
                .text(site.date.toString()).raw("</time></p></footer>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
