package io.github.methodbank.html.internal;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.html.SiteLinks;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One method as an {@code article}: the name, summary and key figures, the phase strips as on the
 * cards, the image, every text field, the agenda with its minutes, links, sources, downloads, tags,
 * licence and date. The same markup serves the site's method page and a fragment in another
 * application. Not API.
 */
final class MethodArticle {

    private MethodArticle() {}

    static void write(Html h, Texts t, Method m, SiteLinks links) {
        var bank = t.bank;
        var labels = t.labels;
        List<Pathway> paths = bank.pathsOf(m);
        h.raw("<article class=\"method ");
        h.raw(paths.isEmpty() ? "path-none" : "path-" + bank.getPaths().indexOf(paths.get(0)));
        h.raw("\">");
        t.element(h, "h1", null, m.getName());
        m.getSummary().ifPresent(s -> t.element(h, "p", "summary", s));

        // key figures
        if (m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent()) {
            h.raw("<dl class=\"facts\">");
            m.getDurationMinutes().ifPresent(r -> fact(h, t, LabelKey.DURATION, r, LabelKey.MINUTES));
            m.getGroupSize().ifPresent(r -> fact(h, t, LabelKey.GROUP_SIZE, r, LabelKey.PEOPLE));
            h.raw("</dl>");
        }

        // phase strips
        if (!paths.isEmpty()) {
            section(h, "fits", labels.get(LabelKey.WHERE_IT_FITS));
            for (Pathway p : paths) {
                strip(h, t, m, p, bank.getPaths().indexOf(p), links);
            }
            h.raw("</section>");
        }

        links.image(m).ifPresent(src -> {
            h.raw("<figure class=\"image\"><img").attr("src", src).attr("alt", t.get(m.getName())).raw("></figure>");
        });

        richSection(h, t, "description", LabelKey.DESCRIPTION, Optional.of(m.getDescription()));
        richSection(h, t, "how-to-use", LabelKey.HOW_TO_USE, m.getHowToUse());

        if (!m.getSteps().isEmpty()) {
            section(h, "agenda", labels.get(LabelKey.AGENDA));
            h.raw("<ol class=\"agenda\">");
            for (Step s : m.getSteps()) {
                h.raw("<li>");
                if (s.getMinutes().isPresent()) {
                    h.raw("<span class=\"minutes\">").num(s.getMinutes().getAsInt()).raw("\u00A0")
                            .text(labels.get(LabelKey.MINUTES)).raw("</span> ");
                }
                t.element(h, "strong", "step-title", s.getTitle());
                s.getDescription().ifPresent(d -> t.rich(h, d, 4));
                h.raw("</li>");
            }
            h.raw("</ol></section>");
        }

        listSection(h, t, "materials", LabelKey.MATERIALS, m.getMaterials());
        listSection(h, t, "typical-users", LabelKey.TYPICAL_USERS, m.getTypicalUsers());
        richSection(h, t, "required-skills", LabelKey.REQUIRED_SKILLS, m.getRequiredSkills());
        richSection(h, t, "examples", LabelKey.EXAMPLES, m.getExamples());

        if (!m.getLinks().isEmpty()) {
            section(h, "links", labels.get(LabelKey.LINKS));
            h.raw("<ul class=\"links\">");
            for (Link l : m.getLinks()) {
                h.raw("<li>");
                String url = l.getUrl().toString();
                String shown = l.getTitle().map(t::get).orElse(url.startsWith("mailto:") ? url.substring(7) : url);
                if (RichTextHtml.safe(l.getUrl())) {
                    h.raw("<a").attr("href", url);
                    if (l.getTitle().isPresent()) {
                        t.attrs(h, l.getTitle().get(), shown);
                    }
                    h.raw(">").text(shown).raw("</a>");
                } else {
                    h.text(shown);
                }
                h.raw("</li>");
            }
            h.raw("</ul></section>");
        }

        richSection(h, t, "sources", LabelKey.SOURCES, bank.sourcesOf(m));

        Optional<String> card = links.card(m);
        Optional<String> workshop = links.workshop(m);
        if (card.isPresent() || workshop.isPresent()) {
            section(h, "downloads", labels.get(LabelKey.DOWNLOADS));
            h.raw("<ul class=\"downloads\">");
            card.ifPresent(u -> h.raw("<li><a").attr("href", u).raw(" type=\"application/pdf\" download>")
                    .text(labels.get(LabelKey.PRINTABLE_CARD)).raw("</a></li>"));
            workshop.ifPresent(u -> h.raw("<li><a").attr("href", u)
                    .raw(" type=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\" download>")
                    .text(labels.get(LabelKey.WORKSHOP_DOCUMENT)).raw("</a></li>"));
            h.raw("</ul></section>");
        }

        if (!m.getTags().isEmpty()) {
            section(h, "tags", labels.get(LabelKey.TAGS));
            h.raw("<ul class=\"tags\">");
            for (String tag : m.getTags()) {
                h.raw("<li>");
                Optional<String> href = links.tag(tag);
                if (href.isPresent()) {
                    h.raw("<a").attr("href", href.get());
                    t.dir(h, tag);
                    h.raw(">").text(tag).raw("</a>");
                } else {
                    h.raw("<span");
                    t.dir(h, tag);
                    h.raw(">").text(tag).raw("</span>");
                }
                h.raw("</li>");
            }
            h.raw("</ul></section>");
        }

        Optional<String> licence = bank.licenseOf(m);
        if (licence.isPresent() || m.getUpdated().isPresent()) {
            h.raw("<dl class=\"about\">");
            licence.ifPresent(l -> {
                h.raw("<dt>").text(labels.get(LabelKey.LICENSE)).raw("</dt><dd");
                t.dir(h, l);
                h.raw(">").text(l).raw("</dd>");
            });
            m.getUpdated().ifPresent(d -> h.raw("<dt>").text(labels.get(LabelKey.UPDATED)).raw("</dt><dd><time")
                    .attr("datetime", d.toString()).raw(">")
                    .text(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(Locale.forLanguageTag(t.language)).format(d))
                    .raw("</time></dd>"));
            h.raw("</dl>");
        }
        h.raw("</article>");
    }

    /** A path's strip: its name and its phases in order, those where the method fits filled, checked and named so. */
    static void strip(Html h, Texts t, Method m, Pathway p, int index, SiteLinks links) {
        h.raw("<div class=\"strip path-").num(index).raw("\">");
        t.element(h, "h3", "strip-name", p.getName());
        h.raw("<ol class=\"phases\">");
        for (Phase ph : p.getPhases()) {
            PhaseRef ref = p.ref(ph.getId());
            boolean fits = m.getPhases().contains(ref);
            h.raw(fits ? "<li class=\"fit\">" : "<li>");
            h.raw("<a").attr("href", links.phase(ref));
            t.attrs(h, ph.getName(), t.get(ph.getName()));
            h.raw(">").text(t.get(ph.getName()));
            if (fits) {
                h.raw("<span class=\"mark\" aria-hidden=\"true\"> \u2713</span><span class=\"vh\"> (")
                        .text(t.labels.get(LabelKey.FITS)).raw(")</span>");
            }
            h.raw("</a></li>");
        }
        h.raw("</ol></div>");
    }

    private static void fact(Html h, Texts t, LabelKey label, Range r, LabelKey unit) {
        String note = r.getNote().map(t::get).orElse(null);
        h.raw("<div><dt>").text(t.labels.get(label)).raw("</dt><dd");
        if (r.getNote().isPresent()) {
            String fb = t.fallback(r.getNote().get());
            if (fb != null && r.formatNumbers().isEmpty() && r.getMax().isEmpty()) {
                h.attr("lang", fb); // the note alone
            }
        }
        h.raw(">").text(t.labels.formatRange(r, unit, note)).raw("</dd></div>");
    }

    private static void section(Html h, String id, String heading) {
        h.raw("<section").attr("aria-labelledby", "h-" + id).raw("><h2").attr("id", "h-" + id).raw(">").text(heading)
                .raw("</h2>");
    }

    private static void richSection(Html h, Texts t, String id, LabelKey label, Optional<LocalizedText> text) {
        if (text.isEmpty() || t.rich(text.get()).isEmpty()) {
            return;
        }
        section(h, id, t.labels.get(label));
        t.rich(h, text.get(), 3);
        h.raw("</section>");
    }

    private static void listSection(Html h, Texts t, String id, LabelKey label, List<LocalizedText> items) {
        if (items.isEmpty()) {
            return;
        }
        section(h, id, t.labels.get(label));
        h.raw("<ul>");
        for (LocalizedText i : items) {
            t.element(h, "li", null, i);
        }
        h.raw("</ul></section>");
    }
}
