package io.github.methodbank.pdf;

/** How card faces are placed on PDF pages. */
public enum Layout {
    /**
     * One card face per page, the page being the card plus its bleed: front, back, front, back...
     * For print shops and screens.
     */
    SINGLE,
    /**
     * As many cards as fit on each {@link SheetSize} page, with crop marks; every front sheet is
     * followed by its back sheet, placed so that each back lands behind its front in duplex.
     */
    SHEET
}
