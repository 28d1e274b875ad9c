package io.github.methodbank.docx.internal.wml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The document's list numbering: one multi-level bullet definition, one multi-level numbered
 * definition (1., a., i. …), the bullet list (one {@code w:num} for every bullet item) and one
 * {@code w:num} per numbered list, which restarts at the list's own start number. Nesting is by
 * {@code w:ilvl}. One per document; not thread-safe.
 */
public final class Numbering {

    /** How deep lists nest: Word's nine levels. */
    public static final int LEVELS = 9;
    /** The indentation of one level, in twentieths of a point. */
    public static final int INDENT = 360;

    private static final String W = Ooxml.W;
    private static final String[] BULLET_SYMBOLS = {"\u2022", "\u2013", "\u25AA"};
    private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};

    /** The levels of the bullet list: a bullet, a dash and a small square in turn, each indented further. */
    static final String BULLET_LEVELS = levels(true);
    /** The levels of numbered lists: 1., a., i. in turn, each indented further. */
    static final String NUMBER_LEVELS = levels(false);

    private static final String START = XmlWriter.DECLARATION + "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + BULLET_LEVELS
            + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + NUMBER_LEVELS + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    private static final String END = "</w:numbering>";

    /** The numbering part without a template and without numbered lists. */
    public static final byte[] PLAIN = (START + END).getBytes(StandardCharsets.UTF_8);
    private static final byte[] START_BYTES = START.getBytes(StandardCharsets.UTF_8);

    /** A numbered list: its numId, the level it is at and its first number. */
    public record NumberedList(int numId, int level, int start) {}

    private final int bulletNumId;
    private final int numberAbstractId;
    private int nextNumId;
    private final List<NumberedList> numbered = new ArrayList<>();

    /**
     * The numbering of a document.
     *
     * @param bulletNumId the bullet list's numId
     * @param numberAbstractId the id of the numbered lists' abstract definition
     * @param firstFreeNumId the first numId free for numbered lists
     */
    public Numbering(int bulletNumId, int numberAbstractId, int firstFreeNumId) {
        this.bulletNumId = bulletNumId;
        this.numberAbstractId = numberAbstractId;
        this.nextNumId = firstFreeNumId;
    }

    /** Our own numbering, without a template: bullets numId 1 on abstractNum 0, numbered lists on abstractNum 1. */
    public static Numbering plain() {
        return new Numbering(1, 1, 2);
    }

    /** The bullet list's numId. */
    public int bulletNumId() {
        return bulletNumId;
    }

    /** A new numbered list at {@code level} (0 to 8) starting at {@code start}; returns its numId. */
    public int numberedList(int level, int start) {
        if (nextNumId == Integer.MAX_VALUE) {
            throw new IllegalStateException("no numbering id left for another numbered list");
        }
        NumberedList list = new NumberedList(nextNumId++, level, start);
        numbered.add(list);
        return list.numId();
    }

    /** The numbered lists so far. */
    public List<NumberedList> numberedLists() {
        return numbered;
    }

    /** The id of the numbered lists' abstract definition. */
    public int numberAbstractId() {
        return numberAbstractId;
    }

    /** Whether the part is {@link #PLAIN}: no numbered lists were written. */
    public boolean isPlain() {
        return numbered.isEmpty();
    }

    /** What makes this numbering part differ from another: its numbered lists' levels and starts. */
    public String signature() {
        StringBuilder b = new StringBuilder(numbered.size() * 6);
        for (NumberedList list : numbered) {
            b.append(list.level()).append(':').append(list.start()).append(',');
        }
        return b.toString();
    }

    /** Our numbering part, without a template. */
    public void writePlain(XmlWriter out) {
        out.bytes(START_BYTES); // not raw(): the bullets are not ASCII
        for (NumberedList list : numbered) {
            num(out, list, numberAbstractId, false);
        }
        out.raw(END);
    }

    /** One {@code w:num} of a numbered list, restarting its level at its start number. */
    public static void num(XmlWriter out, NumberedList list, int abstractId, boolean namespace) {
        out.raw(namespace ? "<w:num xmlns:w=\"" + W + "\" w:numId=\"" : "<w:num w:numId=\"").num(list.numId())
                .raw("\"><w:abstractNumId w:val=\"").num(abstractId).raw("\"/><w:lvlOverride w:ilvl=\"").num(list.level())
                .raw("\"><w:startOverride w:val=\"").num(list.start()).raw("\"/></w:lvlOverride></w:num>");
    }

    /** Our two abstract definitions in a {@code w:numbering} element, for adding to a template's numbering. */
    public static String definitions(long bulletAbstractId, long numberAbstractId) {
        return "<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum w:abstractNumId=\"" + bulletAbstractId
                + "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + BULLET_LEVELS + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"" + numberAbstractId + "\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + NUMBER_LEVELS + "</w:abstractNum></w:numbering>";
    }

    private static String levels(boolean bullets) {
        StringBuilder b = new StringBuilder();
        for (int level = 0; level < LEVELS; level++) {
            b.append("<w:lvl w:ilvl=\"").append(level).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(bullets ? "bullet" : NUMBER_FORMATS[level % NUMBER_FORMATS.length]).append("\"/>")
                    .append("<w:lvlText w:val=\"")
                    .append(bullets ? BULLET_SYMBOLS[level % BULLET_SYMBOLS.length] : "%" + (level + 1) + ".")
                    .append("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"").append(INDENT * (level + 1))
                    .append("\" w:hanging=\"").append(INDENT).append("\"/></w:pPr></w:lvl>");
        }
        return b.toString();
    }
}
