package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.pdf.internal.text.TextFlow;
import java.util.List;

/**
 * One side of one card as drawing operations in card coordinates: points, origin at the
 * bottom-left corner of the trimmed card (the bleed lies at negative coordinates and beyond the
 * card size). Every operation names the element of the method's {@link Structure} its content
 * belongs to, or {@link Structure#ARTIFACT}. Not API.
 *
 * @param ops the drawing operations, in painting order
 * @param structure the logical structure of the method the card belongs to
 */
public record Face(List<Op> ops, Structure structure) {

    /** A drawing operation. */
    public sealed interface Op permits Text, Line, Box, Logo, Picture, Link {
        /** The structure element of the content, or {@link Structure#ARTIFACT}. */
        int tag();
    }

    /** Text on one baseline, in one style, size and colour. */
    public record Text(float x, float y, int style, float size, int rgb, String text, int tag) implements Op {}

    /** A line of text in fragments of one or more styles, shown one after the other from a baseline start. */
    public record Line(float x, float y, float size, int rgb, List<TextFlow.Frag> frags, int tag) implements Op {}

    /** A rectangle, filled and/or stroked ({@code -1} for none). */
    public record Box(float x, float y, float width, float height, int fill, int stroke, float lineWidth, int tag)
            implements Op {}

    /** The theme's logo in a rectangle. */
    public record Logo(float x, float y, float width, float height, int tag) implements Op {}

    /** A method image, by its path in the bank, in a rectangle. */
    public record Picture(float x, float y, float width, float height, String path, int tag) implements Op {}

    /** A clickable area that opens a URI; {@code tag} is its Link element. Paints nothing. */
    public record Link(float x, float y, float width, float height, String uri, int tag) implements Op {}

    /** A card: a front and a back that are printed on the two sides of one piece of paper. */
    public record Card(Face front, Face back) {}
}
