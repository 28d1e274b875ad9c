package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.Content.Block;
import io.github.methodbank.pdf.internal.card.Content.Figure;
import io.github.methodbank.pdf.internal.card.Content.Label;
import io.github.methodbank.pdf.internal.card.Content.Para;
import io.github.methodbank.pdf.internal.card.Content.Size;
import io.github.methodbank.pdf.internal.card.Content.Space;
import io.github.methodbank.pdf.internal.text.Glyphs;
import io.github.methodbank.pdf.internal.text.TextFlow;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What goes on each side of a method's cards, in reading order. Front: the summary as a lead, the
 * description, the image, the tags. Back, in the order a facilitator needs it: how to use, the
 * agenda, duration and group size, who uses it, skills, materials, examples; then links, sources,
 * licence. Every text becomes paragraphs of styled runs tied to standard structure elements
 * (headings, paragraphs, lists of Lbl and LBody, links), with its language where it differs from the
 * document's. One instance per export call. Not API.
 */
public final class CardContent {

    /** Body text. */
    static final int TEXT = 0x1A1A1A;
    /** Quieter text: duration, licence, tags, link addresses. */
    static final int MUTED = 0x5A5A5A;
    /** Links: dark enough for small type on white, and told apart by more than colour (the address follows). */
    static final int LINK = 0x1F4E79;

    /** The method images of one document. */
    public interface Pictures {
        /**
         * The width of an image divided by its height.
         *
         * @param path the image's path in the bank
         * @throws IOException when the image cannot be read
         */
        float aspect(String path) throws IOException;
    }

    private final ExportJob job;
    private final Glyphs glyphs;
    private final Labels labels;
    private final Pictures pictures;

    /** Content for one export. */
    public CardContent(ExportJob job, Glyphs glyphs, Pictures pictures) {
        this.job = job;
        this.glyphs = glyphs;
        this.labels = job.getLabels();
        this.pictures = pictures;
    }

    /** The blocks of a method, their elements added to {@code st} in reading order. */
    Content build(Method method, Structure st, String name, int nameTag, boolean nameInBody) {
        Sink front = new Sink(method, st);
        if (nameInBody) {
            front.para("name", Space.NONE, st.add("H1", 0, null, lang(method.getName()), null),
                    new int[] {Spec.BOLD}, new String[] {name}, Size.LEAD, TEXT, true);
        }
        method.getSummary().ifPresent(s -> front.plain("summary", Space.SECTION, "P", s, Spec.REGULAR, Size.LEAD, TEXT));
        front.rich("description", null, method.getDescription());
        method.getImage().ifPresent(path -> figure(method, path, front));
        if (!method.getTags().isEmpty()) {
            StringBuilder tags = new StringBuilder();
            for (String t : method.getTags()) {
                tags.append(tags.length() == 0 ? "" : "  ").append('#').append(t);
            }
            front.para("tags", Space.SECTION, st.add("P", 0), new int[] {Spec.ITALIC}, new String[] {tags.toString()},
                    Size.BODY, MUTED, false);
        }

        Sink back = new Sink(method, st);
        method.getHowToUse().ifPresent(t -> back.rich("how to use", labels.get(LabelKey.HOW_TO_USE), t));
        if (!method.getSteps().isEmpty()) {
            agenda(method, back);
        }
        List<String> meta = new ArrayList<>();
        method.getDurationMinutes().ifPresent(r -> meta.add(labels.get(LabelKey.DURATION) + ": "
                + job.formatRange(r, LabelKey.MINUTES)));
        method.getGroupSize().ifPresent(r -> meta.add(labels.get(LabelKey.GROUP_SIZE) + ": "
                + job.formatRange(r, LabelKey.PEOPLE)));
        if (!meta.isEmpty()) {
            back.para("duration and group size", Space.SECTION, st.add("P", 0), new int[] {Spec.REGULAR},
                    new String[] {String.join("  ·  ", meta)}, Size.BODY, MUTED, false);
        }
        list(back, "typical users", LabelKey.TYPICAL_USERS, method.getTypicalUsers());
        method.getRequiredSkills().ifPresent(t -> back.rich("required skills", labels.get(LabelKey.REQUIRED_SKILLS), t));
        list(back, "materials", LabelKey.MATERIALS, method.getMaterials());
        method.getExamples().ifPresent(t -> back.rich("examples", labels.get(LabelKey.EXAMPLES), t));
        if (!method.getLinks().isEmpty()) {
            links(method, back);
        }
        MethodBank bank = job.getBank();
        bank.sourcesOf(method).ifPresent(t -> back.rich("sources", labels.get(LabelKey.SOURCES), t));
        bank.licenseOf(method).ifPresent(l -> back.para("licence", Space.SECTION, st.add("P", 0),
                new int[] {Spec.REGULAR}, new String[] {labels.get(LabelKey.LICENSE) + ": " + l}, Size.BODY, MUTED,
                false));
        return new Content(st, name, nameTag, List.copyOf(front.blocks), List.copyOf(back.blocks));
    }

    /** The language of a text as the job shows it, when its primary language differs from the job's; else null. */
    String lang(LocalizedText text) {
        String shown = text.resolveLanguage(job.getLanguage(), job.getBank().getDefaultLanguage());
        return primary(shown).equals(primary(job.getLanguage())) ? null : shown;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private void figure(Method method, String path, Sink front) {
        try {
            float aspect = pictures.aspect(path);
            front.add(new Figure("image", Space.SECTION, path, aspect,
                    front.st.add("Figure", 0, job.text(method.getName()), lang(method.getName()), null)));
        } catch (IOException | RuntimeException e) {
            job.getListener().warning("method '" + method.getId() + "': image '" + path
                    + "' cannot be read and is left off the card: " + e.getMessage());
        }
    }

    /** A labelled bullet list of plain texts. */
    private void list(Sink sink, String section, LabelKey label, List<LocalizedText> items) {
        if (items.isEmpty()) {
            return;
        }
        sink.label(section, labels.get(label));
        int list = sink.st.add("L", 0);
        for (LocalizedText item : items) {
            int[] li = sink.item(list, "\u2022");
            int body = sink.st.add("LBody", li[0], null, lang(item), null);
            sink.runs(section, Space.ITEM, new Runs().plain(glyphs, job.text(item), Spec.REGULAR, body, sink.id), body, 1,
                    "\u2022", li[1], Size.BODY, TEXT, false);
        }
    }

    /**
     * The steps as a list: the minutes hang in front (a bullet for a step without them), then the
     * title in bold and the first paragraph of the description on the same line; the rest of the
     * description follows in the item.
     */
    private void agenda(Method method, Sink sink) {
        sink.label("agenda", labels.get(LabelKey.AGENDA));
        int list = sink.st.add("L", 0);
        for (Step step : method.getSteps()) {
            String marker = step.getMinutes().isPresent()
                    ? step.getMinutes().getAsInt() + " " + labels.get(LabelKey.MINUTES) : "\u2022";
            int[] li = sink.item(list, marker);
            int body = sink.st.add("LBody", li[0], null, lang(step.getTitle()), null);
            Runs first = new Runs().plain(glyphs, job.text(step.getTitle()), Spec.BOLD, body, sink.id);
            List<RichText.Block> more = step.getDescription().map(d -> job.richText(d).getBlocks()).orElse(List.of());
            int from = 0;
            if (!more.isEmpty() && more.get(0) instanceof RichText.Paragraph p) {
                first.add(Spec.REGULAR, " \u2013 ", body);
                sink.inlines(first, p.getInlines(), false, body);
                from = 1;
            }
            sink.runs("agenda", Space.ITEM, first, body, 1, marker, li[1], Size.BODY, TEXT, false);
            if (from < more.size()) {
                String lang = step.getDescription().map(this::lang).orElse(null);
                sink.blocks("agenda", more.subList(from, more.size()), body, 1, lang, null, Structure.ARTIFACT);
            }
        }
    }

    /** Links: the title, then a short form of the address below it, smaller; both open the link. */
    private void links(Method method, Sink sink) {
        sink.label("links", labels.get(LabelKey.LINKS));
        int list = sink.st.add("L", 0);
        for (Link l : method.getLinks()) {
            int[] li = sink.item(list, "\u2022");
            String uri = l.getUrl().toASCIIString();
            String shortForm = shortForm(l.getUrl());
            int body = sink.st.add("LBody", li[0], null, l.getTitle().map(this::lang).orElse(null), null);
            int link = sink.st.add("Link", body, null, null, uri);
            if (l.getTitle().isPresent()) {
                sink.runs("links", Space.ITEM, new Runs().plain(glyphs, job.text(l.getTitle().get()), Spec.REGULAR, link,
                        sink.id), body, 1, "\u2022", li[1], Size.BODY, LINK, false);
                sink.runs("links", Space.NONE, new Runs().url(glyphs, shortForm, link, sink.id), body, 1, null,
                        Structure.ARTIFACT, Size.SMALL, MUTED, false);
            } else {
                sink.runs("links", Space.ITEM, new Runs().url(glyphs, shortForm, link, sink.id), body, 1, "\u2022",
                        li[1], Size.BODY, LINK, false);
            }
        }
    }

    /**
     * A URL as people read it: host and path without the scheme, a trailing slash or "www.", with the
     * query; a mailto address alone.
     */
    static String shortForm(URI url) {
        if ("mailto".equalsIgnoreCase(url.getScheme())) {
            return url.getSchemeSpecificPart();
        }
        String host = url.getHost() == null ? "" : url.getHost();
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = url.getPath() == null ? "" : url.getPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = url.getQuery() == null ? "" : "?" + url.getQuery();
        return host + (url.getPort() >= 0 ? ":" + url.getPort() : "") + path + query;
    }

    // ---------------------------------------------------------------- building blocks

    /** The runs of one paragraph, as the glyph check gives them, each with its element. */
    static final class Runs implements Glyphs.Sink {
        private final List<Integer> styles = new ArrayList<>(4);
        private final List<String> texts = new ArrayList<>(4);
        private final List<Integer> tags = new ArrayList<>(4);
        private int tag;

        @Override
        public void run(int style, String text) {
            styles.add(style);
            texts.add(text);
            tags.add(tag);
        }

        /** Adds text as given (already printable). */
        void add(int style, String text, int t) {
            styles.add(style);
            texts.add(text);
            tags.add(t);
        }

        Runs plain(Glyphs glyphs, String text, int style, int t, String methodId) {
            tag = t;
            glyphs.runs(text, style, methodId, this);
            return this;
        }

        /** A URL's short form, with break opportunities after / - . ? & = _ (never inside a word). */
        Runs url(Glyphs glyphs, String url, int t, String methodId) {
            add(Spec.REGULAR, TextFlow.breakable(glyphs.clean(url, Spec.REGULAR, methodId)), t);
            return this;
        }

        boolean isEmpty() {
            return texts.stream().allMatch(String::isBlank);
        }

        int[] styles() {
            return styles.stream().mapToInt(Integer::intValue).toArray();
        }

        String[] texts() {
            return texts.toArray(new String[0]);
        }

        int[] tags() {
            return tags.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Collects the blocks of one side and their elements. */
    private final class Sink {
        final List<Block> blocks = new ArrayList<>();
        final Structure st;
        final String id;
        /** The space the next block gets whatever it asks for: after a label, or at a new section. */
        private Space pending;

        Sink(Method method, Structure st) {
            this.st = st;
            this.id = method.getId();
        }

        void add(Block b) {
            blocks.add(b);
            pending = null;
        }

        /** The space before a block: none first on a side, else what is pending, else its own. */
        private Space space(Space wanted) {
            Space s = blocks.isEmpty() ? Space.NONE : pending != null ? pending : wanted;
            pending = null;
            return s;
        }

        private static final Set<String> BULLETS = Set.of("\u2022", "\u2013", "\u25E6");

        void label(String section, String text) {
            blocks.add(new Label(section, blocks.isEmpty() ? Space.NONE : Space.SECTION,
                    glyphs.clean(text, Spec.BOLD, ""), st.add("H2", 0)));
            pending = Space.ITEM;
        }

        /**
         * An LI; returns {LI, Lbl}. A marker that says something (a number, the minutes of a step)
         * is the item's Lbl; a bullet or dash says nothing a reader of the list does not know, so
         * it is an artifact and the item holds only its LBody (as PDF/UA allows). A fifth fewer
         * structure elements in a typical deck.
         */
        int[] item(int list, String marker) {
            int li = st.add("LI", list);
            return new int[] {li, BULLETS.contains(marker) ? Structure.ARTIFACT : st.add("Lbl", li)};
        }

        void para(String section, Space space, int tag, int[] styles, String[] texts, Size size, int rgb,
                boolean heading) {
            Runs runs = new Runs();
            for (int i = 0; i < texts.length; i++) {
                runs.plain(glyphs, texts[i], styles[i], tag, id);
            }
            runs(section, space, runs, tag, 0, null, Structure.ARTIFACT, size, rgb, heading);
        }

        void plain(String section, Space space, String role, LocalizedText text, int style, Size size, int rgb) {
            int tag = st.add(role, 0, null, lang(text), null);
            runs(section, space, new Runs().plain(glyphs, job.text(text), style, tag, id), tag, 0, null,
                    Structure.ARTIFACT, size, rgb, false);
        }

        void runs(String section, Space space, Runs runs, int tag, int level, String marker, int markerTag, Size size,
                int rgb, boolean heading) {
            add(new Para(section, space(space), runs.styles(), runs.texts(), runs.tags(), tag, level, marker,
                    markerTag, size, rgb, heading));
        }

        /** A labelled rich text (label null for none: it then starts a section of its own). */
        void rich(String section, String label, LocalizedText text) {
            rich(section, label, text, Size.BODY);
        }

        void rich(String section, String label, LocalizedText text, Size size) {
            if (label != null) {
                label(section, label);
            } else if (!blocks.isEmpty()) {
                pending = Space.SECTION;
            }
            Size was = this.size;
            this.size = size;
            blocks(section, job.richText(text).getBlocks(), 0, 0, lang(text), null, Structure.ARTIFACT);
            this.size = was;
        }

        /** The size of the rich text being added. */
        private Size size = Size.BODY;

        /**
         * Rich-text blocks under a parent element: paragraphs (P), headings (H3 under a label, else H2),
         * lists (L of LI, each an Lbl and an LBody holding the item's text and nested lists). The first
         * block of a list item carries the item's marker.
         */
        void blocks(String section, List<RichText.Block> rich, int parent, int level, String lang, String marker,
                int markerTag) {
            for (int k = 0; k < rich.size(); k++) {
                RichText.Block b = rich.get(k);
                String mark = k == 0 ? marker : null;
                Space space = mark != null || level > 0 ? Space.ITEM : Space.PARAGRAPH;
                if (b instanceof RichText.Paragraph p) {
                    int tag = mark != null ? parent : st.add("P", parent, null, lang, null);
                    paragraph(section, p.getInlines(), false, tag, level, mark, markerTag, space);
                } else if (b instanceof RichText.Heading h) {
                    boolean labelled = blocks.stream().anyMatch(x -> x instanceof Label);
                    int tag = st.add(labelled ? "H3" : "H2", parent, null, lang, null);
                    paragraph(section, h.getInlines(), true, tag, level, mark, markerTag, space);
                } else if (b instanceof RichText.ListBlock lb) {
                    if (mark != null) {
                        // an item that starts with a list: its own marker on a line of its own
                        runs(section, space, new Runs(), parent, level, mark, markerTag, Size.BODY, TEXT, false);
                    }
                    int list = st.add("L", parent);
                    int n = lb instanceof RichText.NumberedList nl ? nl.getStart() : -1;
                    for (RichText.ListItem item : lb.getItems()) {
                        String itemMarker = n >= 0 ? (n++) + "." : level == 0 ? "\u2022" : level == 1 ? "\u2013" : "\u25E6";
                        int[] li = item(list, itemMarker);
                        int body = st.add("LBody", li[0], null, lang, null);
                        if (item.getBlocks().isEmpty()) {
                            runs(section, Space.ITEM, new Runs(), body, level + 1, itemMarker, li[1], Size.BODY, TEXT,
                                    false);
                        } else {
                            blocks(section, item.getBlocks(), body, level + 1, lang, itemMarker, li[1]);
                        }
                    }
                }
            }
        }

        /** A paragraph's inlines as one block per line of the source: a hard line break starts a new block. */
        private void paragraph(String section, List<RichText.Inline> inlines, boolean heading, int tag, int level,
                String marker, int markerTag, Space space) {
            List<List<RichText.Inline>> lines = new ArrayList<>();
            lines.add(new ArrayList<>());
            for (RichText.Inline i : inlines) {
                if (i instanceof RichText.LineBreak) {
                    lines.add(new ArrayList<>());
                } else {
                    lines.get(lines.size() - 1).add(i);
                }
            }
            for (int k = 0; k < lines.size(); k++) {
                Runs runs = new Runs();
                inlines(runs, lines.get(k), heading, tag);
                if (runs.isEmpty() && (k > 0 || marker == null)) {
                    continue;
                }
                runs(section, k == 0 ? space : Space.NONE, runs, tag, level, k == 0 ? marker : null,
                        k == 0 ? markerTag : Structure.ARTIFACT, size, TEXT, heading);
            }
        }

        /** Runs of rich-text inlines; a link's text in a Link element, its short address after it. */
        void inlines(Runs runs, List<RichText.Inline> inlines, boolean bold, int tag) {
            for (RichText.Inline i : inlines) {
                if (i instanceof RichText.Run r) {
                    runs.plain(glyphs, r.getText(), TextFlow.style(r, bold), tag, id);
                } else if (i instanceof RichText.Hyperlink l) {
                    int link = st.add("Link", tag, null, null, l.getUrl().toASCIIString());
                    for (RichText.Inline li : l.getInlines()) {
                        if (li instanceof RichText.Run r) {
                            runs.plain(glyphs, r.getText(), TextFlow.style(r, bold), link, id);
                        } else {
                            runs.add(Spec.REGULAR, " ", link);
                        }
                    }
                    String shortForm = shortForm(l.getUrl());
                    String shown = l.toPlainText().strip();
                    if (!shortForm.equalsIgnoreCase(shown) && !l.getUrl().toString().equalsIgnoreCase(shown)) {
                        runs.add(Spec.REGULAR, " (", link);
                        runs.url(glyphs, shortForm, link, id);
                        runs.add(Spec.REGULAR, ")", link);
                    }
                } else {
                    runs.add(Spec.REGULAR, " ", tag);
                }
            }
        }
    }
}
