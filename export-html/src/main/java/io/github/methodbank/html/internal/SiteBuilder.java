package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.html.HtmlSiteExporter;
import io.github.methodbank.html.SiteLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one export's site, file by file, in a fixed order: the language chooser, the assets and
 * images, then per language the front page, the list of all methods, the method, phase and tag
 * pages, the search page and its index, and the downloads. One instance per export. Not API.
 */
public final class SiteBuilder {

    private final Site site;
    private final ExportJob job;

    /**
     * A builder of one export.
     *
     * @param options the exporter
     * @param job the job
     */
    public SiteBuilder(HtmlSiteExporter options, ExportJob job) {
        this.site = new Site(options, job);
        this.job = job;
    }

    /**
     * Writes every file of the site.
     *
     * @param sink where the files go
     * @throws IOException when a file cannot be written
     * @throws ExportException when a download cannot be made
     */
    public void write(SiteSink sink) throws IOException, ExportException {
        Downloads downloads = Downloads.prepare(site);
        sink.put("index.html", chooser());
        sink.put(Site.CSS, Assets.siteCss(site.options.getColors(), site.bank()).getBytes(StandardCharsets.UTF_8));
        sink.put(Site.JS, Assets.read("search.js"));
        sink.put(Site.ICON, Assets.icon(site.options.getColors(), site.bank()).getBytes(StandardCharsets.UTF_8));
        if (site.userCss) {
            sink.put(Site.USER_CSS, site.options.getStylesheet().orElseThrow().getBytes());
        }
        if (site.logoFile != null) {
            sink.put(site.logoFile, site.options.getLogo().orElseThrow().getBytes());
        }
        for (Method m : site.methods) {
            if (m.getImage().isPresent()) {
                Optional<BankImages.Image> image = BankImages.read(site.bank(), m, job.getListener());
                if (image.isPresent()) {
                    String file = "media/" + SitePaths.hash(m.getImage().get()).substring(0, 12) + "." + image.get().extension();
                    if (!site.images.containsValue(file)) {
                        sink.put(file, image.get().bytes());
                    }
                    site.images.put(m.getId(), file);
                }
            }
        }
        int total = site.methods.size() * site.languages.size();
        int done = 0;
        for (String lang : site.languages) {
            sink.put(lang + "/" + SitePaths.FRONT, front(lang));
            sink.put(lang + "/" + SitePaths.ALL_METHODS, allMethods(lang));
            for (Method m : site.methods) {
                sink.put(lang + "/" + SitePaths.method(m.getId()), method(lang, m));
                job.getListener().progress(++done, total);
            }
            for (Pathway path : site.bank().getPaths()) {
                for (Phase ph : path.getPhases()) {
                    PhaseRef ref = path.ref(ph.getId());
                    sink.put(lang + "/" + SitePaths.phase(ref), phase(lang, path, ph));
                }
            }
            if (site.hasTags()) {
                sink.put(lang + "/" + SitePaths.TAGS, tags(lang));
                for (String tag : site.tags.keySet()) {
                    sink.put(lang + "/" + SitePaths.tag(tag), tag(lang, tag));
                }
            }
            sink.put(lang + "/" + SitePaths.SEARCH, search(lang));
            sink.put(lang + "/" + SitePaths.SEARCH_INDEX, SearchIndex.write(site, lang));
            downloads.write(lang, sink);
        }
    }

    // ---------------------------------------------------------------- pages

    /** The site's root: a choice of languages (which, for a site of one language, leads straight on). */
    private byte[] chooser() {
        String first = site.languages.get(0);
        Texts t = site.texts(first);
        StringBuilder sb = new StringBuilder();
        Html h = new Html(sb);
        h.raw("<!DOCTYPE html>\n<html").attr("lang", first).raw(">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\"").attr("content", HtmlSiteExporter.CONTENT_SECURITY_POLICY)
                .raw(">\n");
        if (site.languages.size() == 1) {
            h.raw("<meta http-equiv=\"refresh\"").attr("content", "0; url=" + first + "/index.html").raw(">\n");
        }
        h.raw("<title>").text(site.title(first)).raw("</title>\n<link rel=\"stylesheet\"").attr("href", Site.CSS).raw(">\n")
                .raw("<link rel=\"icon\" type=\"image/svg+xml\"").attr("href", Site.ICON).raw(">\n");
        for (String l : site.languages) {
            h.raw("<link rel=\"alternate\"").attr("hreflang", l).attr("href", l + "/index.html").raw(">\n");
        }
        h.raw("</head>\n<body>\n<main id=\"main\" class=\"chooser\">\n<h1>").text(site.title(first)).raw("</h1>\n<nav")
                .attr("aria-label", t.labels.get(LabelKey.LANGUAGE)).raw("><ul class=\"language-list\">");
        for (String l : site.languages) {
            h.raw("<li><a").attr("href", l + "/index.html").attr("hreflang", l).attr("lang", l).raw(">")
                    .text(site.title(l)).raw(" \u2013 ").text(Site.languageName(l)).raw("</a></li>");
        }
        h.raw("</ul></nav>\n</main>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] front(String lang) {
        Page p = new Page(site, lang, SitePaths.FRONT);
        Texts t = p.texts;
        Html h = p.h;
        String title = site.title(lang);
        p.start(title, List.of(), false);
        h.raw("<h1");
        if (site.titleFallback(lang) != null) {
            h.attr("lang", site.titleFallback(lang));
        }
        h.raw(">").text(title).raw("</h1>\n");
        h.raw("<p class=\"lead\">").text(t.labels.format(LabelKey.METHOD_COUNT, site.methods.size())).raw(" \u2013 <a")
                .attr("href", p.href(SitePaths.ALL_METHODS)).raw(">").text(t.labels.get(LabelKey.ALL_METHODS))
                .raw("</a></p>\n");
        if (!site.bank().getPaths().isEmpty()) {
            h.raw("<section class=\"path-map\" aria-labelledby=\"h-map\"><h2 id=\"h-map\">")
                    .text(t.labels.get(LabelKey.PATH_MAP)).raw("</h2><div class=\"paths\">");
            int i = 0;
            for (Pathway path : site.bank().getPaths()) {
                PathMap.write(p, path, i++);
            }
            h.raw("</div></section>\n");
        }
        List<Method> none = site.onNoPath();
        if (!none.isEmpty()) {
            h.raw("<section aria-labelledby=\"h-none\"><h2 id=\"h-none\">").text(t.labels.get(LabelKey.ON_NO_PATH))
                    .raw("</h2>");
            methodList(p, none, false);
            h.raw("</section>\n");
        }
        if (site.cards || site.workshops) {
            h.raw("<section aria-labelledby=\"h-downloads\"><h2 id=\"h-downloads\">")
                    .text(t.labels.get(LabelKey.DOWNLOADS)).raw("</h2><ul class=\"downloads\">");
            if (site.cards) {
                h.raw("<li><a").attr("href", p.href(SitePaths.DECK_PDF)).raw(" type=\"application/pdf\" download>")
                        .text(t.labels.get(LabelKey.ALL_CARDS)).raw("</a></li>");
            }
            if (site.workshops) {
                h.raw("<li><a").attr("href", p.href(SitePaths.DECK_DOCX))
                        .raw(" type=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\" download>")
                        .text(t.labels.get(LabelKey.ALL_WORKSHOP)).raw("</a></li>");
            }
            h.raw("</ul></section>\n");
        }
        return p.end();
    }

    private byte[] allMethods(String lang) {
        Page p = new Page(site, lang, SitePaths.ALL_METHODS);
        String title = p.texts.labels.get(LabelKey.ALL_METHODS);
        p.start(title, List.of(home(p), new Page.Crumb(title, null)), false);
        p.h.raw("<h1>").text(title).raw("</h1>\n");
        methodList(p, site.methods, false);
        return p.end();
    }

    private byte[] method(String lang, Method m) {
        Page p = new Page(site, lang, SitePaths.method(m.getId()));
        Texts t = p.texts;
        String name = t.get(m.getName());
        p.start(name, List.of(home(p), new Page.Crumb(t.labels.get(LabelKey.ALL_METHODS), p.href(SitePaths.ALL_METHODS)),
                new Page.Crumb(name, null)), false);
        MethodArticle.write(p.h, t, m, links(p));
        return p.end();
    }

    /** The links of a method page. */
    private SiteLinks links(Page p) {
        return new SiteLinks() {
            @Override
            public String method(Method method) {
                return p.href(SitePaths.method(method.getId()));
            }

            @Override
            public String phase(PhaseRef phase) {
                return p.href(SitePaths.phase(phase));
            }

            @Override
            public Optional<String> tag(String tag) {
                return Optional.of(p.href(SitePaths.tag(tag)));
            }

            @Override
            public Optional<String> image(Method method) {
                return Optional.ofNullable(site.images.get(method.getId())).map(p::rootHref);
            }

            @Override
            public Optional<String> card(Method method) {
                return site.cards ? Optional.of(p.href(SitePaths.card(method.getId()))) : Optional.empty();
            }

            @Override
            public Optional<String> workshop(Method method) {
                return site.workshops ? Optional.of(p.href(SitePaths.workshop(method.getId()))) : Optional.empty();
            }
        };
    }

    private byte[] phase(String lang, Pathway path, Phase phase) {
        PhaseRef ref = path.ref(phase.getId());
        Page p = new Page(site, lang, SitePaths.phase(ref));
        Texts t = p.texts;
        Html h = p.h;
        String name = t.get(phase.getName());
        int index = site.bank().getPaths().indexOf(path);
        int position = path.indexOf(phase.getId());
        p.start(name, List.of(home(p), new Page.Crumb(t.get(path.getName()), p.href(SitePaths.FRONT) + "#path-" + index),
                new Page.Crumb(name, null)), false);
        h.raw("<div class=\"phase-page path-").num(index).raw("\">");
        t.element(h, "h1", null, phase.getName());
        h.raw("<p class=\"lead\">").text(t.labels.format(LabelKey.PHASE_OF_PATH, position + 1, path.getPhases().size(),
                t.get(path.getName()))).raw("</p>\n");
        // the path's strip with this phase marked
        h.raw("<nav class=\"strip path-").num(index).raw("\"").attr("aria-label", t.labels.get(LabelKey.PHASES))
                .raw("><ol class=\"phases\">");
        for (Phase other : path.getPhases()) {
            boolean self = other.getId().equals(phase.getId());
            h.raw(self ? "<li class=\"fit\">" : "<li>").raw("<a").attr("href", p.href(SitePaths.phase(path.ref(other.getId()))));
            if (self) {
                h.raw(" aria-current=\"page\"");
            }
            t.attrs(h, other.getName(), t.get(other.getName()));
            h.raw(">").text(t.get(other.getName())).raw("</a></li>");
        }
        h.raw("</ol></nav>\n<h2>").text(t.labels.format(LabelKey.METHOD_COUNT, site.methodsIn(ref).size())).raw("</h2>\n");
        methodList(p, site.methodsIn(ref), false);
        h.raw("</div>");
        return p.end();
    }

    private byte[] tags(String lang) {
        Page p = new Page(site, lang, SitePaths.TAGS);
        Html h = p.h;
        String title = p.texts.labels.get(LabelKey.TAGS);
        p.start(title, List.of(home(p), new Page.Crumb(title, null)), false);
        h.raw("<h1>").text(title).raw("</h1>\n<ul class=\"tag-list\">");
        List<String> sorted = new ArrayList<>(site.tags.keySet());
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        sorted.sort((a, b) -> {
            int c = collator.compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        });
        for (String tag : sorted) {
            h.raw("<li><a").attr("href", p.href(SitePaths.tag(tag)));
            p.texts.dir(h, tag);
            h.raw(">").text(tag).raw("</a> (").text(p.texts.labels.format(LabelKey.METHOD_COUNT, site.tags.get(tag).size()))
                    .raw(")</li>");
        }
        h.raw("</ul>\n");
        return p.end();
    }

    private byte[] tag(String lang, String tag) {
        Page p = new Page(site, lang, SitePaths.tag(tag));
        Html h = p.h;
        String title = p.texts.labels.format(LabelKey.TAG, tag);
        p.start(title, List.of(home(p), new Page.Crumb(p.texts.labels.get(LabelKey.TAGS), p.href(SitePaths.TAGS)),
                new Page.Crumb(tag, null)), false);
        h.raw("<h1");
        p.texts.dir(h, title);
        h.raw(">").text(title).raw("</h1>\n");
        methodList(p, site.tags.get(tag), false);
        return p.end();
    }

    private byte[] search(String lang) {
        Page p = new Page(site, lang, SitePaths.SEARCH);
        Texts t = p.texts;
        Html h = p.h;
        String title = t.labels.get(LabelKey.SEARCH);
        p.start(title, List.of(home(p), new Page.Crumb(title, null)), true);
        // the outcome's wording in three forms for the script: none, one, many ({n} and {q} filled in)
        String many = t.labels.format(LabelKey.SEARCH_RESULTS, 7, "{q}").replaceFirst("7", "{n}");
        h.raw("<h1>").text(title).raw("</h1>\n<p id=\"search-status\" role=\"status\"")
                .attr("data-none", t.labels.format(LabelKey.SEARCH_RESULTS, 0, "{q}"))
                .attr("data-one", t.labels.format(LabelKey.SEARCH_RESULTS, 1, "{q}"))
                .attr("data-many", many).raw(">").text(t.labels.format(LabelKey.METHOD_COUNT, site.methods.size()))
                .raw("</p>\n");
        methodList(p, site.methods, true);
        return p.end();
    }

    private static Page.Crumb home(Page p) {
        return new Page.Crumb(p.texts.labels.get(LabelKey.FRONT_PAGE), p.href(SitePaths.FRONT));
    }

    /** A list of methods: each its name (a link) and summary; with ids for the search script. */
    private void methodList(Page p, List<Method> methods, boolean searchable) {
        Texts t = p.texts;
        Html h = p.h;
        if (methods.isEmpty()) {
            h.raw("<p class=\"empty\">").text(t.labels.get(LabelKey.NO_METHODS)).raw("</p>\n");
            return;
        }
        h.raw(searchable ? "<ul class=\"method-list\" id=\"results\">" : "<ul class=\"method-list\">");
        for (Method m : methods) {
            List<Pathway> paths = site.bank().pathsOf(m);
            h.raw("<li class=\"").raw(paths.isEmpty() ? "path-none" : "path-" + site.bank().getPaths().indexOf(paths.get(0)))
                    .raw("\"");
            if (searchable) {
                h.attr("data-id", m.getId());
            }
            h.raw("><a").attr("href", p.href(SitePaths.method(m.getId())));
            t.attrs(h, m.getName(), t.get(m.getName()));
            h.raw(">").text(t.get(m.getName())).raw("</a>");
            m.getSummary().ifPresent(s -> t.element(h, "p", "summary", s));
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
    }
}
