package io.github.methodbank.pdf.internal.card;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical structure of one method's cards, for the tagged PDF: elements with standard roles
 * (Sect, H1, H2, H3, P, L, LI, Lbl, LBody, Figure, Link) in reading order, front first, then back,
 * whatever card the content lands on. Element 0 is the method's section. One instance per method;
 * the writer attaches its PDF objects. Not API.
 */
public final class Structure {

    /** The tag of content that is not part of the structure: decoration, repeated headers, footers. */
    public static final int ARTIFACT = -1;

    /**
     * One element.
     *
     * @param role the standard structure type
     * @param parent the index of the parent element, or -1 for the document
     * @param alt alternative text (figures), or null
     * @param lang the language of the element's text when it differs from the document's, or null
     * @param uri the address a Link element opens, or null
     */
    public record Element(String role, int parent, String alt, String lang, String uri) {}

    private final List<Element> elements = new ArrayList<>();
    /** What the writer records for the elements while painting, then their PDF objects. */
    public Object pdf;

    /** A structure holding only the method's section. */
    public Structure() {
        elements.add(new Element("Sect", -1, null, null, null));
    }

    /** Adds an element; returns its index. */
    public int add(String role, int parent) {
        return add(role, parent, null, null, null);
    }

    /** Adds an element with alternative text; returns its index. */
    public int add(String role, int parent, String alt) {
        return add(role, parent, alt, null, null);
    }

    /**
     * Adds an element.
     *
     * @param role its standard structure type
     * @param parent the index of its parent
     * @param alt its alternative text, or null
     * @param lang its language when it differs from the document's, or null
     * @param uri the address of a Link element, or null
     * @return its index
     */
    public int add(String role, int parent, String alt, String lang, String uri) {
        elements.add(new Element(role, parent, alt, lang, uri));
        return elements.size() - 1;
    }

    /** The element at an index. */
    public Element get(int tag) {
        return elements.get(tag);
    }

    /** The elements, in reading order. */
    public List<Element> elements() {
        return elements;
    }
}
