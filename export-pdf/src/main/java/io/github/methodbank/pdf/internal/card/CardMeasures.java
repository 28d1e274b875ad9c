package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.write.SheetGeometry;

/**
 * Every measure of a card of one deck, in points, in one place: the card and its margins, the type
 * sizes (one body size for the whole deck), leadings, gaps and the limits of the spacing the flow
 * may tighten on a face. Made once per export from the card size and options. Not API.
 *
 * @param width trimmed card width
 * @param height trimmed card height
 * @param bleed bleed on every side
 * @param margin distance of text from the trimmed edge
 * @param scale the card's size against A6 (105 mm short side), for the decoration
 * @param body the body text size of the whole deck
 * @param lead the size of the summary, a lead paragraph
 * @param small the size of link addresses shown after their titles
 * @param label the size of section labels
 * @param title the size of the method's name in the band
 * @param footer the size of the footer
 * @param phaseMin the smallest size of phase names
 */
public record CardMeasures(float width, float height, float bleed, float margin, float scale, float body, float lead,
        float small, float label, float title, float footer, float phaseMin) {

    /** Millimetres to points. */
    public static final float MM = (float) SheetGeometry.MM;
    /** Line height of text, as a factor of its size. */
    public static final float LEADING = 1.14f;
    /** Line height of section labels. */
    public static final float LABEL_LEADING = 1.15f;
    /** Line height of the name in the band. */
    public static final float TITLE_LEADING = 1.15f;
    /** Space between sections, as a factor of the body size. */
    public static final float SECTION_GAP = 0.6f;
    /** Space between paragraphs. */
    public static final float PARA_GAP = 0.35f;
    /** Space between list items. */
    public static final float ITEM_GAP = 0.15f;
    /** Space between a label and its text. */
    public static final float LABEL_GAP = 0.15f;
    /** The least the flow may shrink the gaps of a face to keep a few lines off a face of their own. */
    public static final float MIN_GAP_SCALE = 0.25f;
    /** The least it may shrink the leading of a face for the same (the type size never changes). */
    public static final float MIN_LEADING_SCALE = 0.95f;
    /** The tallest a method image may be, as a share of the card's height. */
    public static final float FIGURE_SHARE = 0.28f;
    /** The band may take this share of the card's height before a long name moves into the text. */
    public static final float BAND_SHARE = 0.4f;
    /** The body size on an A6 card when the options do not set one; other cards scale from it. */
    public static final float A6_BODY = 7.0f;
    /** No card's body text is smaller than this by default. */
    public static final float MIN_BODY = 6f;
    /** Phase names are never smaller than this, on any card. */
    public static final float PHASE_MIN = 6f;

    /** The measures of the spec's cards. */
    public static CardMeasures of(Spec spec) {
        float width = (float) (spec.cardWidthMm() * MM);
        float height = (float) (spec.cardHeightMm() * MM);
        float scale = Math.max(0.62f, Math.min(1.6f, (float) (Math.min(spec.cardWidthMm(), spec.cardHeightMm()) / 105.0)));
        float body = spec.fontSize() > 0 ? spec.fontSize() : Math.max(MIN_BODY, round(A6_BODY * scale));
        return new CardMeasures(width, height, (float) (spec.bleedMm() * MM), (float) (spec.safeMm() * MM), scale, body,
                round(body * 1.12f), round(body * 0.88f), round(body * 0.95f), Math.max(round(body * 1.35f),
                        round(12f * scale)), Math.max(4.2f, round(5.2f * scale)), PHASE_MIN);
    }

    private static float round(float pt) {
        return Math.round(pt * 10) / 10f;
    }

    /** The width of text between the margins. */
    public float textWidth() {
        return width - 2 * margin;
    }

    /** The space below the band before the text starts. */
    public float bandGap() {
        return 1.8f * MM * scale;
    }

    /** The space below the phase strips. */
    public float stripGap() {
        return 1.6f * MM * scale;
    }

    /** Where the footer's area begins, from the bottom edge. */
    public float footerTop() {
        return margin + footer * 1.25f;
    }

    /** The side of the QR code. */
    public float qrSize() {
        return Math.min(width, height) * 0.2f;
    }
}
