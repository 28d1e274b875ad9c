package io.github.methodbank.pdf.internal.card;

import java.util.List;

/**
 * What a method's cards show, before it is laid out: the blocks of the front and of the back in
 * reading order, each tied to its element of the method's {@link Structure}. Not API.
 *
 * @param structure the method's logical structure, its elements in reading order
 * @param name the method's name, cleaned for the bold font
 * @param nameTag the name's H1 element, or {@link Structure#ARTIFACT} when the name is in the text
 * @param front the blocks of the front side
 * @param back the blocks of the back side
 */
public record Content(Structure structure, String name, int nameTag, List<Block> front, List<Block> back) {

    /** How much space comes before a block. */
    public enum Space {
        /** None: the first block of a side. */
        NONE,
        /** Between sections. */
        SECTION,
        /** Between paragraphs. */
        PARAGRAPH,
        /** Between the items of a list, or a label and its text. */
        ITEM
    }

    /** How big a paragraph's type is. */
    public enum Size {
        /** The deck's body size. */
        BODY,
        /** The lead size of the summary. */
        LEAD,
        /** The small size of link addresses. */
        SMALL
    }

    /** A block of a side. */
    public sealed interface Block permits Label, Para, Figure {
        /** The section the block belongs to, for messages ("how to use"). */
        String section();

        /** The space before it. */
        Space space();
    }

    /**
     * A section's label, such as "How to use it"; kept on one face with at least two lines of what
     * follows it.
     *
     * @param text the label, cleaned for the bold font
     * @param tag its H2 element
     */
    public record Label(String section, Space space, String text, int tag) implements Block {}

    /**
     * A paragraph: styled runs, each in an element (the paragraph's, or a link's inside it).
     *
     * @param styles the style of each run
     * @param texts the text of each run, cleaned for its font
     * @param tags the element of each run
     * @param tag the paragraph's element
     * @param level the list level, 0 outside lists
     * @param marker the bullet or number hanging before the first line, or null
     * @param markerTag the marker's Lbl element, or {@link Structure#ARTIFACT}
     * @param size its type size
     * @param rgb its colour, 0xRRGGBB
     * @param heading whether it is a heading, kept with two lines of what follows it
     */
    public record Para(String section, Space space, int[] styles, String[] texts, int[] tags, int tag, int level,
            String marker, int markerTag, Size size, int rgb, boolean heading) implements Block {}

    /**
     * A method image.
     *
     * @param path its path in the bank
     * @param aspect its width divided by its height
     * @param tag its Figure element
     */
    public record Figure(String section, Space space, String path, float aspect, int tag) implements Block {}
}
