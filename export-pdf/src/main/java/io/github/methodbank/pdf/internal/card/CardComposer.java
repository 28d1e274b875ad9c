package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.text.Glyphs;
import io.github.methodbank.pdf.internal.text.TextFlow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Makes a method's cards: what goes on each side ({@link CardContent}), how it flows through the
 * faces ({@link CardFlow}), how each face is painted ({@link CardPainter}); the measures of the deck
 * are in {@link CardMeasures}. One instance per export call. Not API.
 */
public final class CardComposer {

    private final ExportJob job;
    private final Spec spec;
    private final CardMeasures m;
    private final Glyphs glyphs;
    private final TextFlow text;
    private final CardContent content;
    private final CardFlow flow;
    private final CardPainter painter;
    private final PhaseStrips strips;
    private final float logoAspect;
    private final String bankTitle;

    /**
     * A composer for one export.
     *
     * @param logoAspect the logo's width divided by its height, or 0 for no logo
     * @param pictures the method images
     */
    public CardComposer(ExportJob job, Spec spec, float logoAspect, CardContent.Pictures pictures) {
        this.job = job;
        this.spec = spec;
        this.m = CardMeasures.of(spec);
        this.glyphs = new Glyphs(spec, job.getListener());
        this.text = new TextFlow(spec);
        this.content = new CardContent(job, glyphs, pictures);
        this.flow = new CardFlow(spec, m, text);
        this.painter = new CardPainter(spec, m);
        this.strips = new PhaseStrips(job, spec, glyphs, text, job.getLabels().get(LabelKey.PATH_PHASES), m.margin(),
                m.textWidth(), m.scale(), m.phaseMin(), content);
        this.logoAspect = logoAspect;
        this.bankTitle = job.getBank().displayTitle(job.getLanguage());
    }

    /** The measures of the deck's cards. */
    public CardMeasures measures() {
        return m;
    }

    /**
     * The cards of a method, fronts and backs paired; a method of an odd number of faces ends with a
     * blank back.
     *
     * @throws ExportException when overflow is set to fail and a side does not fit on one card
     */
    public List<Face.Card> compose(Method method) throws ExportException {
        MethodBank bank = job.getBank();
        String id = method.getId();
        List<Pathway> paths = bank.pathsOf(method);
        int primary = paths.isEmpty() ? spec.accent() : spec.pathColor(paths.get(0).getId(), bank.getPaths().indexOf(paths.get(0)));

        // the band: the name in the deck's title size, wrapped; a name too long for it goes into the text
        String name = glyphs.clean(job.text(method.getName()), Spec.BOLD, id);
        float logoWidth = logoAspect > 0 ? Math.min(m.width() * 0.3f, m.title() * 2.2f * logoAspect) : 0;
        List<TextFlow.Line> nameLines = text.lines(new int[] {Spec.BOLD}, new String[] {name}, m.title(),
                m.textWidth() - (logoWidth > 0 ? logoWidth + 2 * CardMeasures.MM : 0));
        boolean nameInBody = nameLines.size() * m.title() * CardMeasures.TITLE_LEADING > m.height() * CardMeasures.BAND_SHARE;
        float bandHeight = nameInBody ? m.margin()
                : m.margin() + nameLines.size() * m.title() * CardMeasures.TITLE_LEADING + 0.3f * m.margin();

        // the structure in reading order: name, logo, phases, front, back, QR code
        Structure st = new Structure();
        int nameTag = nameInBody ? Structure.ARTIFACT : st.add("H1", 0, null, content.lang(method.getName()), null);
        int logoTag = logoAspect > 0 ? st.add("Figure", 0, bankTitle) : Structure.ARTIFACT;
        float top = m.height() - bandHeight - m.bandGap();
        List<Face.Op> stripOps = new ArrayList<>();
        float stripsBottom = strips.draw(method, paths, top, stripOps, st);
        float firstTop = paths.isEmpty() ? top : stripsBottom - m.stripGap();
        Content c = content.build(method, st, name, nameTag, nameInBody);

        boolean[][] qr = spec.qr() && !method.getLinks().isEmpty() ? qr(method) : null;
        int qrLink = qr == null ? Structure.ARTIFACT
                : st.add("Link", 0, null, null, method.getLinks().get(0).getUrl().toASCIIString());
        int qrFigure = qr == null ? Structure.ARTIFACT
                : st.add("Figure", qrLink, "QR code: " + method.getLinks().get(0).getUrl());
        float qrReserve = qr == null ? 0 : m.qrSize() + 2 * CardMeasures.MM;

        float restTop = m.height() - bandHeight - m.bandGap();
        CardFlow.Flowed flowed;
        try {
            flowed = flow.flow(c, (i, backStart) -> (i == 0 ? firstTop : restTop) - m.footerTop()
                    - (i == backStart ? qrReserve : 0), spec.failOnOverflow());
        } catch (CardFlow.Overflow e) {
            throw new ExportException(String.format(Locale.ROOT,
                    "method '%s': section '%s' does not fit on one card at the deck's text size of %.1f pt "
                            + "(overflow is set to fail; allow continuation cards, or use a larger card or a smaller"
                            + " font size)", id, e.section(), m.body()));
        }

        String footer = footer(method);
        List<CardFlow.FaceItems> faces = flowed.faces();
        int cards = (faces.size() + 1) / 2;
        List<Face> painted = new ArrayList<>(cards * 2);
        for (int i = 0; i < faces.size(); i++) {
            List<Face.Op> ops = new ArrayList<>();
            // the name and logo are content on the first face, repeated headers elsewhere
            painter.band(ops, primary, bandHeight, nameInBody ? List.of() : nameLines, logoWidth, logoAspect,
                    i == 0 ? nameTag : Structure.ARTIFACT, i == 0 ? logoTag : Structure.ARTIFACT);
            if (i == 0) {
                ops.addAll(stripOps);
            }
            painter.items(ops, faces.get(i), i == 0 ? firstTop : restTop, st);
            if (i == flowed.backStart() && qr != null) {
                float qx = m.width() - m.margin() - m.qrSize();
                float qy = m.footerTop() + CardMeasures.MM;
                painter.qr(ops, qr, qx, qy, m.qrSize(), qrFigure);
                ops.add(new Face.Link(qx, qy, m.qrSize(), m.qrSize(), method.getLinks().get(0).getUrl().toASCIIString(),
                        qrLink));
            }
            painter.footer(ops, footer, i / 2, cards, primary);
            painted.add(new Face(List.copyOf(ops), st));
        }
        if (painted.size() % 2 == 1) {
            painted.add(new Face(List.of(), st)); // the back of the last card stays blank
        }
        List<Face.Card> out = new ArrayList<>(cards);
        for (int k = 0; k < painted.size(); k += 2) {
            out.add(new Face.Card(painted.get(k), painted.get(k + 1)));
        }
        return out;
    }

    /** The footer in display order (a right-to-left bank title shows as its lines do). */
    private String footer(Method method) {
        String f = bankTitle + "  ·  " + method.getUpdated().map(Object::toString).orElseGet(() -> "#" + shortHash(method));
        f = glyphs.clean(f, Spec.REGULAR, method.getId());
        StringBuilder shown = new StringBuilder(f.length());
        for (TextFlow.Frag frag : text.visual(List.of(new TextFlow.Frag(Spec.REGULAR, f, 0)), 1000f,
                TextFlow.rightToLeft(new String[] {f}))) {
            shown.append(frag.text());
        }
        return shown.toString();
    }

    /** The QR code of the method's first link, or null after a warning when the link cannot be one. */
    private boolean[][] qr(Method method) {
        String url = method.getLinks().get(0).getUrl().toASCIIString();
        try {
            return QrCodes.encode(url);
        } catch (IllegalArgumentException | LinkageError e) {
            String shown = url.length() <= 80 ? url : url.substring(0, 77) + "\u2026";
            job.getListener().warning("method '" + method.getId() + "': no QR code for the link " + shown + ": "
                    + (e instanceof LinkageError ? "QR codes need com.google.zxing:core on the class path" : e.getMessage())
                    + "; the card is printed without it");
            return null;
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
