package io.github.methodbank.pdf.internal.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.Labels;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.text.Glyphs;
import io.github.methodbank.pdf.internal.text.TextFlow;
import io.github.methodbank.pdf.internal.write.SheetGeometry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a method as one or more two-sided cards: measures and wraps every text, shrinks the
 * body down to the minimum font size, and continues on extra cards (or fails, if asked). One
 * instance per export call. Not API.
 */
public final class CardComposer {

    private static final int WHITE = 0xFFFFFF;
    private static final int TEXT = 0x1A1A1A;
    private static final int MUTED = 0x5A5A5A;
    private static final int FAINT = 0x8A8A8A;
    private static final float MM = (float) SheetGeometry.MM;

    private final ExportJob job;
    private final Spec spec;
    private final Glyphs glyphs;
    private final TextFlow flow;
    private final Labels labels;
    private final float width;
    private final float height;
    private final float bleed;
    private final float margin;
    private final float scale;
    private final float bodySize;
    private final float minSize;
    private final float logoAspect;
    private final Pictures pictures;
    private final PhaseStrips phaseStrips;
    private final String bankTitle;

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

    /**
     * A composer for one export.
     *
     * @param logoAspect the logo's width divided by its height, or 0 for no logo
     * @param pictures the method images
     */
    public CardComposer(ExportJob job, Spec spec, float logoAspect, Pictures pictures) {
        this.job = job;
        this.spec = spec;
        this.glyphs = new Glyphs(spec, job.getListener());
        this.flow = new TextFlow(spec);
        this.labels = Labels.forLanguage(job.getLanguage());
        this.width = (float) (spec.cardWidthMm() * MM);
        this.height = (float) (spec.cardHeightMm() * MM);
        this.bleed = (float) (spec.bleedMm() * MM);
        this.margin = (float) (spec.safeMm() * MM);
        this.scale = Math.max(0.62f, Math.min(1.6f, (float) (Math.min(spec.cardWidthMm(), spec.cardHeightMm()) / 105.0)));
        this.minSize = spec.minFontSize();
        this.bodySize = Math.max(minSize, 8.6f * scale);
        this.logoAspect = logoAspect;
        this.pictures = pictures;
        this.bankTitle = job.getBank().displayTitle(job.getLanguage());
        this.phaseStrips = new PhaseStrips(job, spec, glyphs, flow, labels.phases(), margin, width - 2 * margin, scale,
                minSize);
    }

    // ---------------------------------------------------------------- content model

    /** Body text size factor of the summary, printed as a lead paragraph. */
    private static final float LEAD = 1.14f;
    /** Size factor of the reference sections after the links (agenda, materials, examples ...). */
    private static final float SMALL = 0.88f;

    /**
     * A paragraph: styled runs. A listed paragraph is indented like a list item; its marker ("•",
     * "15 min") hangs in front of the first line, and continuation paragraphs of an item have none.
     */
    private record Para(int[] styles, String[] texts, String marker, boolean listed, int rgb, String uri, int tag,
            int markerTag) {

        Para(int[] styles, String[] texts, String marker, boolean listed, int rgb) {
            this(styles, texts, marker, listed, rgb, null, Structure.ARTIFACT, Structure.ARTIFACT);
        }

        Para link(String u) {
            return new Para(styles, texts, marker, listed, rgb, u, tag, markerTag);
        }

        Para tagged(int t, int m) {
            return new Para(styles, texts, marker, listed, rgb, uri, t, m);
        }

        Para listedAt(int depth) {
            return depth > 0 && !listed ? new Para(styles, texts, marker, true, rgb, uri, tag, markerTag) : this;
        }
    }

    /** A method image in the flow, by its path in the bank; {@code aspect} is width / height. */
    private record Figure(String path, float aspect, String alt) {}

    /**
     * A section: a name for messages, an optional label, paragraphs or a figure, a size factor, the
     * structure role of its plain paragraphs, and the tags of its label and figure.
     */
    private record Section(String name, String label, List<Para> paras, Figure figure, float scale, String role,
            int labelTag, int figureTag) {

        Section(String name, String label, List<Para> paras, float scale) {
            this(name, label, paras, null, scale, "P", Structure.ARTIFACT, Structure.ARTIFACT);
        }

        Section(String name, Figure figure) {
            this(name, null, List.of(), figure, 1f, "P", Structure.ARTIFACT, Structure.ARTIFACT);
        }

        Section as(String r) {
            return new Section(name, label, paras, figure, scale, r, labelTag, figureTag);
        }
    }

    private sealed interface Item permits LineItem, Gap, FigureItem {}

    private record LineItem(TextFlow.Line line, float size, float leading, float indent, int rgb, String marker,
            float markerX, boolean label, String section, int tag, int markerTag, String uri) implements Item {}

    private record FigureItem(Figure figure, float width, float height, String section, int tag) implements Item {}

    private record Gap(float height) implements Item {}

    // ---------------------------------------------------------------- entry point

    /**
     * The cards of a method, fronts and backs paired.
     *
     * @throws ExportException when overflow is set to fail and a side does not fit on one card
     */
    public List<Face.Card> compose(Method method) throws ExportException {
        MethodBank bank = job.getBank();
        String id = method.getId();
        List<Pathway> paths = bank.pathsOf(method);
        int primary = paths.isEmpty() ? spec.accent() : spec.pathColor(paths.get(0).getId(), bank.getPaths().indexOf(paths.get(0)));

        // header: the name in a coloured band
        String name = glyphs.clean(job.text(method.getName()), Spec.BOLD, id);
        float titleSize = Math.max(minSize, 13.5f * scale);
        float logoWidth = 0;
        List<TextFlow.Line> nameLines;
        while (true) {
            logoWidth = logoAspect > 0 ? Math.min(width * 0.3f, titleSize * 2.2f * logoAspect) : 0;
            nameLines = flow.lines(new int[] {Spec.BOLD}, new String[] {name}, titleSize,
                    width - 2 * margin - (logoWidth > 0 ? logoWidth + 2 * MM : 0));
            if (nameLines.size() * titleSize * 1.15f <= height * 0.3f || titleSize <= minSize) {
                break;
            }
            titleSize = Math.max(minSize, titleSize - 0.5f);
        }
        boolean nameInBody = nameLines.size() * titleSize * 1.15f > height * 0.4f;

        // the logical structure, in reading order: name, phases, front, back, QR code
        Structure st = new Structure();
        int heading = nameInBody ? Structure.ARTIFACT : st.add("H1", 0);
        int logoTag = logoAspect > 0 ? st.add("Figure", 0, bankTitle) : Structure.ARTIFACT;

        // geometry of the areas
        float bandHeight = nameInBody ? margin : margin + nameLines.size() * titleSize * 1.15f + 0.45f * margin;
        float footerSize = Math.max(4f, 5.2f * scale);
        float footerTop = margin + footerSize * 1.5f;
        List<Face.Op> strips = new ArrayList<>();
        float stripsBottom = phaseStrips.draw(method, paths, height - bandHeight - 2.5f * MM * scale, strips, st);
        float frontFirst = stripsBottom - 2 * MM * scale - footerTop;
        float cont = height - bandHeight - 2.5f * MM * scale - footerTop;
        BitMatrix qr = spec.qr() && !method.getLinks().isEmpty() ? qr(method) : null;
        float qrSize = Math.min(width, height) * 0.2f;
        float backFirst = qr == null ? cont : cont - qrSize - 2 * MM;

        List<Section> front = tag(front(method, name, nameInBody), st);
        List<Section> back = tag(back(method), st);
        int qrLink = qr == null ? Structure.ARTIFACT : st.add("Link", 0);
        int qrFigure = qr == null ? Structure.ARTIFACT
                : st.add("Figure", qrLink, "QR code: " + method.getLinks().get(0).getUrl());

        List<List<Item>> frontPages = fit(method, front, frontFirst, cont);
        List<List<Item>> backPages = fit(method, back, backFirst, cont);
        int n = Math.max(frontPages.size(), backPages.size());

        String footer = bankTitle + "  ·  " + method.getUpdated().map(Object::toString).orElseGet(() -> "#" + shortHash(method));
        footer = glyphs.clean(footer, Spec.REGULAR, id);
        // in display order, as the lines of the card's text are (a right-to-left bank title)
        StringBuilder shown = new StringBuilder(footer.length());
        for (TextFlow.Frag f : flow.visual(List.of(new TextFlow.Frag(Spec.REGULAR, footer, 0)), 1000f,
                TextFlow.rightToLeft(new String[] {footer}))) {
            shown.append(f.text());
        }
        footer = shown.toString();

        List<Face.Card> cards = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            // the name and logo are content on the first front, repeated headers elsewhere
            List<Face.Op> f = new ArrayList<>();
            band(f, primary, bandHeight, nameInBody ? List.of() : nameLines, titleSize, logoWidth,
                    k == 0 ? heading : Structure.ARTIFACT, k == 0 ? logoTag : Structure.ARTIFACT);
            if (k == 0) {
                f.addAll(strips);
            }
            float frontTop = k == 0 ? stripsBottom - 2 * MM * scale : height - bandHeight - 2.5f * MM * scale;
            if (k < frontPages.size()) {
                draw(f, frontPages.get(k), frontTop);
            }
            footer(f, footer, k, n, footerSize, primary);

            List<Face.Op> b = new ArrayList<>();
            band(b, primary, bandHeight, nameInBody ? List.of() : nameLines, titleSize, logoWidth, Structure.ARTIFACT,
                    Structure.ARTIFACT);
            if (k < backPages.size()) {
                draw(b, backPages.get(k), height - bandHeight - 2.5f * MM * scale);
            }
            if (k == 0 && qr != null) {
                float qx = width - margin - qrSize;
                float qy = footerTop + 1 * MM;
                qrOps(b, qr, qx, qy, qrSize, qrFigure);
                b.add(new Face.Link(qx, qy, qrSize, qrSize, method.getLinks().get(0).getUrl().toString(), qrLink));
            }
            footer(b, footer, k, n, footerSize, primary);
            cards.add(new Face.Card(new Face(List.copyOf(f), st), new Face(List.copyOf(b), st)));
        }
        return cards;
    }

    /**
     * Gives the sections their structure: a label is an H2; plain paragraphs take the section's role
     * (P); runs of listed paragraphs make an L of LI items holding their marker (a bullet is
     * decoration, minutes are content) and text, a link's text in a Link inside the item; a figure
     * is a Figure. Items hold their content directly rather than in Lbl and LBody children: every
     * element is an object in the file, and a deck has tens of thousands of them.
     */
    private static List<Section> tag(List<Section> sections, Structure st) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section sec : sections) {
            int labelTag = sec.label() != null ? st.add("H2", 0) : Structure.ARTIFACT;
            int figureTag = sec.figure() != null ? st.add("Figure", 0, sec.figure().alt()) : Structure.ARTIFACT;
            List<Para> paras = new ArrayList<>(sec.paras().size());
            int list = -1;
            int item = -1;
            for (Para p : sec.paras()) {
                if (!p.listed()) {
                    list = -1;
                    paras.add(p.tagged(st.add(sec.role(), 0), Structure.ARTIFACT));
                    continue;
                }
                if (list < 0) {
                    list = st.add("L", 0);
                    item = -1;
                }
                if (p.marker() != null || item < 0) {
                    item = st.add("LI", list);
                    int markerTag = p.marker() != null && !p.marker().equals("•") ? item : Structure.ARTIFACT;
                    paras.add(p.tagged(p.uri() != null ? st.add("Link", item) : item, markerTag));
                } else { // a further paragraph of the same item
                    paras.add(p.tagged(item, Structure.ARTIFACT));
                }
            }
            out.add(new Section(sec.name(), sec.label(), paras, sec.figure(), sec.scale(), sec.role(), labelTag,
                    figureTag));
        }
        return out;
    }

    /** The front: the name (when too long for the band), the summary as a lead, the description, the image, tags. */
    private List<Section> front(Method method, String name, boolean nameInBody) {
        String id = method.getId();
        List<Section> front = new ArrayList<>();
        if (nameInBody) {
            front.add(new Section("name", null, List.of(new Para(new int[] {Spec.BOLD}, new String[] {name}, null,
                    false, TEXT)), 1f).as("H1"));
        }
        method.getSummary().ifPresent(s -> front.add(rich("summary", null, s, id, TEXT, LEAD)));
        front.add(rich("description", null, method.getDescription(), id, TEXT, 1f));
        method.getImage().ifPresent(path -> {
            Figure f = figure(method, path);
            if (f != null) {
                front.add(new Section("image", f));
            }
        });
        if (!method.getTags().isEmpty()) {
            StringBuilder tags = new StringBuilder();
            for (String t : method.getTags()) {
                tags.append(tags.length() == 0 ? "" : "  ").append('#').append(t);
            }
            front.add(new Section("tags", null, List.of(plain(tags.toString(), Spec.ITALIC, null, id, MUTED)), 1f));
        }
        return front;
    }

    /**
     * The back: how to use, typical users, required skills, duration and group size, links; then, a
     * little smaller, the agenda, materials, examples, sources and licence.
     */
    private List<Section> back(Method method) {
        String id = method.getId();
        List<Section> back = new ArrayList<>();
        method.getHowToUse().ifPresent(t -> back.add(rich("how to use", labels.howToUse(), t, id, TEXT, 1f)));
        if (!method.getTypicalUsers().isEmpty()) {
            List<Para> users = new ArrayList<>();
            for (LocalizedText u : method.getTypicalUsers()) {
                users.add(plain(job.text(u), Spec.REGULAR, "•", id, TEXT));
            }
            back.add(new Section("typical users", labels.typicalUsers(), users, 1f));
        }
        method.getRequiredSkills().ifPresent(t -> back.add(rich("required skills", labels.requiredSkills(), t, id, TEXT, 1f)));
        List<String> meta = new ArrayList<>();
        method.getDurationMinutes().ifPresent(r -> meta.add(labels.duration() + ": "
                + job.formatRange(r, io.github.methodbank.core.export.LabelKey.MINUTES)));
        method.getGroupSize().ifPresent(r -> meta.add(labels.groupSize() + ": "
                + job.formatRange(r, io.github.methodbank.core.export.LabelKey.PEOPLE)));
        if (!meta.isEmpty()) {
            back.add(new Section("duration and group size", null,
                    List.of(plain(String.join("  ·  ", meta), Spec.REGULAR, null, id, MUTED)), 1f));
        }
        if (!method.getLinks().isEmpty()) {
            List<Para> links = new ArrayList<>();
            for (Link l : method.getLinks()) {
                String url = linkText(l);
                if (l.getTitle().isPresent()) {
                    links.add(new Para(new int[] {Spec.BOLD, Spec.REGULAR},
                            new String[] {glyphs.clean(job.text(l.getTitle().get()) + ":", Spec.BOLD, id),
                                    glyphs.clean(" " + url, Spec.REGULAR, id)}, "•", true, TEXT)
                            .link(l.getUrl().toString()));
                } else {
                    links.add(plain(url, Spec.REGULAR, "•", id, TEXT).link(l.getUrl().toString()));
                }
            }
            back.add(new Section("links", labels.links(), links, 1f));
        }
        if (!method.getSteps().isEmpty()) {
            back.add(new Section("agenda", labels.steps(), agenda(method), SMALL));
        }
        if (!method.getMaterials().isEmpty()) {
            List<Para> materials = new ArrayList<>();
            for (LocalizedText m : method.getMaterials()) {
                materials.add(plain(job.text(m), Spec.REGULAR, "•", id, TEXT));
            }
            back.add(new Section("materials", labels.materials(), materials, SMALL));
        }
        method.getExamples().ifPresent(t -> back.add(rich("examples", labels.examples(), t, id, TEXT, SMALL)));
        job.getBank().sourcesOf(method).ifPresent(t -> back.add(rich("sources", labels.sources(), t, id, TEXT, SMALL)));
        job.getBank().licenseOf(method).ifPresent(l -> back.add(new Section("licence", null,
                List.of(plain(labels.license() + ": " + l, Spec.REGULAR, null, id, MUTED)), SMALL)));
        return back;
    }

    /**
     * The steps as a compact agenda: the minutes hang in front, then the title in bold and the first
     * paragraph of the description on the same line; further paragraphs follow indented.
     */
    private List<Para> agenda(Method method) {
        String id = method.getId();
        List<Para> out = new ArrayList<>();
        for (Step step : method.getSteps()) {
            String marker = step.getMinutes().isPresent() ? step.getMinutes().getAsInt() + " " + labels.minutes() : "•";
            List<Para> more = step.getDescription().map(d -> paras(job.richText(d), id, TEXT)).orElse(List.of());
            int[] styles = {Spec.BOLD};
            String[] texts = {glyphs.clean(job.text(step.getTitle()), Spec.BOLD, id)};
            int from = 0;
            if (!more.isEmpty() && more.get(0).marker() == null) {
                Para first = more.get(0);
                styles = new int[first.styles().length + 2];
                texts = new String[styles.length];
                styles[0] = Spec.BOLD;
                texts[0] = glyphs.clean(job.text(step.getTitle()), Spec.BOLD, id);
                styles[1] = Spec.REGULAR;
                texts[1] = " – ";
                System.arraycopy(first.styles(), 0, styles, 2, first.styles().length);
                System.arraycopy(first.texts(), 0, texts, 2, first.texts().length);
                from = 1;
            }
            out.add(new Para(styles, texts, marker, true, TEXT));
            for (Para p : more.subList(from, more.size())) {
                out.add(new Para(p.styles(), p.texts(), p.marker(), true, p.rgb()));
            }
        }
        return out;
    }

    private Figure figure(Method method, String path) {
        try {
            return new Figure(path, pictures.aspect(path), job.text(method.getName()));
        } catch (IOException | RuntimeException e) {
            job.getListener().warning("method '" + method.getId() + "': image '" + path
                    + "' cannot be read and is left off the card: " + e.getMessage());
            return null;
        }
    }

    private String linkText(Link l) {
        String u = l.getUrl().toString();
        return "mailto".equalsIgnoreCase(l.getUrl().getScheme()) ? u.substring("mailto:".length()) : u;
    }

    private Section rich(String name, String label, LocalizedText text, String id, int rgb, float scale) {
        return new Section(name, label, paras(job.richText(text), id, rgb), scale);
    }

    private List<Para> paras(RichText rt, String id, int rgb) {
        List<Para> paras = new ArrayList<>();
        blocks(rt.getBlocks(), 0, id, rgb, paras);
        return paras;
    }

    /** Paragraphs of rich-text blocks; list items get a marker, nested lists a dash or their number. */
    private void blocks(List<RichText.Block> blocks, int depth, String id, int rgb, List<Para> out) {
        for (RichText.Block b : blocks) {
            if (b instanceof RichText.Paragraph p) {
                inlines(p.getInlines(), false, null, depth, id, rgb, out);
            } else if (b instanceof RichText.Heading h) {
                inlines(h.getInlines(), true, null, depth, id, rgb, out);
            } else if (b instanceof RichText.ListBlock list) {
                int n = list instanceof RichText.NumberedList nl ? nl.getStart() : -1;
                for (RichText.ListItem item : list.getItems()) {
                    String marker = n >= 0 ? (n++) + "." : depth > 0 ? "\u2013" : "•";
                    int before = out.size();
                    blocks(item.getBlocks(), depth + 1, id, rgb, out);
                    if (out.size() > before) {
                        Para first = out.get(before);
                        out.set(before, new Para(first.styles(), first.texts(), marker, true, first.rgb(), first.uri(),
                                first.tag(), first.markerTag()));
                    } else {
                        out.add(plain("", Spec.REGULAR, marker, id, rgb));
                    }
                }
            }
        }
    }

    /** One paragraph per run of inlines between hard line breaks. */
    private void inlines(List<RichText.Inline> inlines, boolean bold, String marker, int depth, String id, int rgb,
            List<Para> out) {
        Runs runs = new Runs();
        for (RichText.Inline i : inlines) {
            if (i instanceof RichText.Run r) {
                glyphs.runs(r.getText(), TextFlow.style(r, bold), id, runs);
            } else if (i instanceof RichText.Hyperlink l) {
                for (RichText.Inline li : l.getInlines()) {
                    if (li instanceof RichText.Run r) {
                        glyphs.runs(r.getText(), TextFlow.style(r, bold), id, runs);
                    }
                }
            } else {
                out.add(runs.para(null, rgb).listedAt(depth));
                runs = new Runs();
            }
        }
        out.add(runs.para(marker, rgb).listedAt(depth));
    }

    private Para plain(String text, int style, String marker, String id, int rgb) {
        Runs runs = new Runs();
        glyphs.runs(text, style, id, runs);
        return runs.para(marker, rgb);
    }

    /** The printable runs of one paragraph, as {@link Glyphs#runs} gives them. */
    private static final class Runs implements Glyphs.Sink {
        private final List<Integer> styles = new ArrayList<>(2);
        private final List<String> texts = new ArrayList<>(2);

        @Override
        public void run(int style, String text) {
            styles.add(style);
            texts.add(text);
        }

        Para para(String marker, int rgb) {
            return new Para(styles.stream().mapToInt(Integer::intValue).toArray(), texts.toArray(new String[0]), marker,
                    marker != null, rgb);
        }
    }

    // ---------------------------------------------------------------- fitting

    private List<Item> layout(List<Section> sections, float body, float lineWidth) {
        List<Item> items = new ArrayList<>();
        layout(sections, body, lineWidth, items);
        return items;
    }

    /** The height of the sections laid out at a body size, without making their lines. */
    private float measure(List<Section> sections, float body, float lineWidth) {
        return layout(sections, body, lineWidth, null);
    }

    /** Lays sections out into {@code items}, or, when it is null, only measures them; returns the height. */
    private float layout(List<Section> sections, float body, float lineWidth, List<Item> items) {
        float height = 0;
        for (int s = 0; s < sections.size(); s++) {
            Section sec = sections.get(s);
            float size = Math.max(minSize, body * sec.scale());
            float leading = size * 1.22f;
            float labelSize = size * 0.95f;
            if (s > 0) {
                height += gap(items, body * 0.75f);
            }
            if (sec.label() != null) {
                List<TextFlow.Line> lines = labelLines(sec.label(), labelSize, lineWidth);
                for (TextFlow.Line l : lines) {
                    if (items != null) {
                        items.add(new LineItem(l, labelSize, labelSize * 1.25f, 0, MUTED, null, 0, true, sec.name(),
                                sec.labelTag(), Structure.ARTIFACT, null));
                    }
                }
                height += lines.size() * labelSize * 1.25f + gap(items, size * 0.15f);
            }
            if (sec.figure() != null) {
                Figure f = sec.figure();
                float h = Math.min(lineWidth / f.aspect(), this.height * 0.28f);
                if (items != null) {
                    items.add(new FigureItem(f, h * f.aspect(), h, sec.name(), sec.figureTag()));
                }
                height += h;
                continue;
            }
            // list items hang their markers in a column as wide as the widest marker
            float column = 0;
            for (Para p : sec.paras()) {
                if (p.marker() != null) {
                    column = Math.max(column, spec.font(Spec.REGULAR).width(p.marker(), size));
                }
            }
            float markerLeft = size * 0.2f;
            float listIndent = markerLeft + column + size * 0.45f;
            boolean previousListed = false;
            for (int p = 0; p < sec.paras().size(); p++) {
                Para para = sec.paras().get(p);
                if (p > 0) {
                    height += gap(items, para.listed() && previousListed ? size * 0.15f : size * 0.45f);
                }
                float indent = para.listed() ? listIndent : 0;
                if (items == null) {
                    height += flow.count(para.styles(), para.texts(), size, lineWidth - indent) * leading;
                } else {
                    float markerX = para.marker() == null ? 0
                            : markerLeft + column - spec.font(Spec.REGULAR).width(para.marker(), size);
                    List<TextFlow.Line> lines = flow.lines(para.styles(), para.texts(), size, lineWidth - indent);
                    for (int i = 0; i < lines.size(); i++) {
                        items.add(new LineItem(lines.get(i), size, leading, indent, para.rgb(),
                                i == 0 ? para.marker() : null, markerX, false, sec.name(), para.tag(), para.markerTag(),
                                para.uri()));
                    }
                    height += lines.size() * leading;
                }
                previousListed = para.listed();
            }
        }
        return height;
    }

    private static float gap(List<Item> items, float h) {
        if (items != null) {
            items.add(new Gap(h));
        }
        return h;
    }

    private record LabelKey(String label, float size, float width) {}

    private final Map<LabelKey, List<TextFlow.Line>> labelLines = new HashMap<>();

    /** A section label's lines; the same few labels come on every card, so they are wrapped once per size. */
    private List<TextFlow.Line> labelLines(String label, float size, float lineWidth) {
        return labelLines.computeIfAbsent(new LabelKey(label, size, lineWidth),
                k -> flow.lines(new int[] {Spec.BOLD}, new String[] {glyphs.clean(k.label(), Spec.BOLD, "")}, k.size(),
                        k.width()));
    }

    private static float heightOf(Item i) {
        if (i instanceof LineItem l) {
            return l.leading();
        }
        return i instanceof FigureItem f ? f.height() : ((Gap) i).height();
    }

    private static float heightOf(List<Item> items) {
        float h = 0;
        for (Item i : items) {
            h += heightOf(i);
        }
        return h;
    }

    /**
     * Lays a side out on as few cards as the minimum font size allows, at the largest size that needs
     * no more cards than that: one card when the text fits at some size down to the minimum, else
     * continuation cards.
     */
    private List<List<Item>> fit(Method method, List<Section> sections, float first, float rest) throws ExportException {
        if (sections.isEmpty()) {
            return List.of(List.of());
        }
        float lineWidth = width - 2 * margin;
        List<Item> atBodySize = layout(sections, bodySize, lineWidth);
        float full = heightOf(atBodySize);
        if (full <= first) {
            return List.of(atBodySize);
        }
        // The height only grows with the size (a smaller size fits at least as many words on every
        // line), and the area of text grows with the square of the size: probe that estimate first;
        // when it fits, so does the minimum.
        int top = (int) Math.ceil((bodySize - minSize) / STEP); // the body size, which does not fit
        int k = Math.max(0, Math.min(top - 1, (int) Math.floor((bodySize * (float) Math.sqrt(first / full) - minSize) / STEP)));
        boolean fitsAtK = measure(sections, gridSize(k), lineWidth) <= first;
        if (fitsAtK || (k > 0 && measure(sections, minSize, lineWidth) <= first)) {
            float size = largest(k, fitsAtK, top, s -> measure(sections, s, lineWidth) <= first);
            return List.of(layout(sections, size, lineWidth));
        }
        List<Item> smallest = layout(sections, minSize, lineWidth);
        if (spec.failOnOverflow()) {
            float h = 0;
            String section = sections.get(0).name();
            for (Item i : smallest) {
                h += heightOf(i);
                if (h > first && !(i instanceof Gap)) {
                    section = i instanceof LineItem l ? l.section() : ((FigureItem) i).section();
                    break;
                }
            }
            throw new ExportException(String.format(Locale.ROOT,
                    "method '%s': section '%s' does not fit on one card even at the minimum font size of %.1f pt "
                            + "(overflow is set to fail; allow continuation cards or use a larger card)",
                    method.getId(), section, minSize));
        }
        int cards = paginate(smallest, first, rest).size();
        List<List<Item>> atBody = paginate(atBodySize, first, rest);
        if (atBody.size() <= cards) {
            return atBody;
        }
        int guess = Math.max(0, Math.min(top - 1,
                (int) Math.floor((bodySize * (float) Math.sqrt((float) cards / atBody.size()) - minSize) / STEP)));
        SizeTest fits = s -> paginate(layout(sections, s, lineWidth), first, rest).size() <= cards;
        float size = largest(guess, fits.test(gridSize(guess)), top, fits);
        return paginate(layout(sections, size, lineWidth), first, rest);
    }

    /** Size steps of the search for the largest size that fits. */
    private static final float STEP = 0.25f;

    /**
     * The largest size on a {@link #STEP} grid from the minimum (step 0, which fits) up to the body
     * size (step {@code top}, which does not) at which the text fits, given whether it fits at the
     * estimated step {@code k}. Probes the neighbour of the estimate (usually the answer), then
     * bisects.
     */
    private float largest(int k, boolean fitsAtK, int top, SizeTest fits) {
        int lo = 0; // fits
        int hi = top; // does not fit
        if (fitsAtK) {
            lo = k;
            if (k + 1 < hi) {
                if (fits.test(gridSize(k + 1))) {
                    lo = k + 1;
                } else {
                    hi = k + 1;
                }
            }
        } else if (k > 0) {
            hi = k;
            if (k - 1 > lo) {
                if (fits.test(gridSize(k - 1))) {
                    lo = k - 1;
                } else {
                    hi = k - 1;
                }
            }
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits.test(gridSize(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return gridSize(lo);
    }

    private float gridSize(int k) {
        return Math.min(bodySize, minSize + k * STEP);
    }

    /** Whether text fits at a size. */
    @FunctionalInterface
    private interface SizeTest {
        boolean test(float size);
    }

    private static List<List<Item>> paginate(List<Item> items, float first, float rest) {
        List<List<Item>> pages = new ArrayList<>();
        List<Item> cur = new ArrayList<>();
        float cap = first;
        float h = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Gap g) {
                if (!cur.isEmpty()) {
                    cur.add(g);
                    h += g.height();
                }
                continue;
            }
            float need = heightOf(it);
            if (it instanceof LineItem l && l.label()) { // keep a label with what follows it
                for (int j = i + 1; j < items.size(); j++) {
                    Item next = items.get(j);
                    need += heightOf(next);
                    if (!(next instanceof Gap) && !(next instanceof LineItem nl && nl.label())) {
                        break;
                    }
                }
            }
            if (h + need > cap && hasContent(cur)) {
                while (!cur.isEmpty() && cur.get(cur.size() - 1) instanceof Gap) {
                    cur.remove(cur.size() - 1);
                }
                pages.add(cur);
                cur = new ArrayList<>();
                cap = rest;
                h = 0;
            }
            cur.add(it);
            h += heightOf(it);
        }
        if (!cur.isEmpty() || pages.isEmpty()) {
            pages.add(cur);
        }
        return pages;
    }

    private static boolean hasContent(List<Item> items) {
        for (Item i : items) {
            if (!(i instanceof Gap)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- drawing

    private void draw(List<Face.Op> ops, List<Item> items, float top) {
        float y = top;
        for (Item it : items) {
            if (it instanceof Gap g) {
                y -= g.height();
                continue;
            }
            if (it instanceof FigureItem f) {
                ops.add(new Face.Picture(margin + (width - 2 * margin - f.width()) / 2, y - f.height(), f.width(),
                        f.height(), f.figure().path(), f.tag()));
                y -= f.height();
                continue;
            }
            LineItem l = (LineItem) it;
            float baseline = y - l.leading() * 0.78f;
            // a line of a right-to-left paragraph is aligned to the right
            float x = l.line().rightToLeft() ? width - margin - l.line().width() : margin + l.indent();
            if (l.marker() != null) {
                ops.add(new Face.Text(margin + l.markerX(), baseline, Spec.REGULAR, l.size(), l.rgb(), l.marker(),
                        l.markerTag()));
            }
            ops.add(new Face.Line(x, baseline, l.size(), l.rgb(), l.line().frags(), l.tag()));
            if (l.uri() != null) { // the line's text opens the link
                float pad = l.size() * 0.15f;
                ops.add(new Face.Link(x - pad, baseline - l.size() * 0.3f, l.line().width() + 2 * pad, l.size() * 1.25f,
                        l.uri(), l.tag()));
            }
            y -= l.leading();
        }
    }

    private void band(List<Face.Op> ops, int rgb, float bandHeight, List<TextFlow.Line> nameLines, float titleSize,
            float logoWidth, int nameTag, int logoTag) {
        float bottom = height - bandHeight;
        ops.add(new Face.Box(-bleed, bottom, width + 2 * bleed, bandHeight + bleed, rgb, -1, 0, Structure.ARTIFACT));
        float y = height - margin;
        float right = width - margin - (logoWidth > 0 ? logoWidth + 2 * MM : 0);
        for (TextFlow.Line l : nameLines) {
            float baseline = y - titleSize * 0.92f;
            // a right-to-left name starts at the right, as its text below does
            float x = l.rightToLeft() ? right - l.width() : margin;
            ops.add(new Face.Line(x, baseline, titleSize, WHITE, l.frags(), nameTag));
            y -= titleSize * 1.15f;
        }
        if (logoWidth > 0) {
            float h = logoWidth / logoAspect;
            float boxH = bandHeight - margin * 0.9f;
            if (h > boxH) {
                h = boxH;
            }
            float w = h * logoAspect;
            ops.add(new Face.Logo(width - margin - w, bottom + (bandHeight - h) / 2, w, h, logoTag));
        }
    }

    private void footer(List<Face.Op> ops, String text, int k, int n, float size, int rgb) {
        float baseline = margin + size * 0.3f;
        String count = n > 1 ? (k + 1) + "/" + n : "";
        float countWidth = count.isEmpty() ? 0 : spec.font(Spec.BOLD).width(count, size * 1.3f);
        float s = size;
        float avail = width - 2 * margin - countWidth - 2 * MM;
        while (spec.font(Spec.REGULAR).width(text, s) > avail && s > 3f) {
            s -= 0.25f;
        }
        ops.add(new Face.Text(margin, baseline, Spec.REGULAR, s, FAINT, text, Structure.ARTIFACT));
        if (!count.isEmpty()) {
            ops.add(new Face.Text(width - margin - countWidth, baseline, Spec.BOLD, size * 1.3f, rgb, count,
                    Structure.ARTIFACT));
        }
    }

    private BitMatrix qr(Method method) throws ExportException {
        String url = method.getLinks().get(0).getUrl().toString();
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new ExportException("method '" + method.getId() + "': cannot make a QR code of the link " + url + ": "
                    + e.getMessage(), e);
        }
    }

    private static void qrOps(List<Face.Op> ops, BitMatrix m, float x, float y, float size, int tag) {
        float cell = size / m.getWidth();
        for (int r = 0; r < m.getHeight(); r++) {
            float cy = y + size - (r + 1) * cell;
            int c = 0;
            while (c < m.getWidth()) {
                if (!m.get(c, r)) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < m.getWidth() && m.get(c, r)) {
                    c++;
                }
                // a hair wider than the module so that neighbours do not show seams
                ops.add(new Face.Box(x + start * cell, cy, (c - start) * cell + 0.01f, cell + 0.01f, 0x000000, -1, 0,
                        tag));
            }
        }
    }

    /** A short hash of the method's content, printed when it has no {@code updated} date. */
    public static String shortHash(Method method) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(method.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
