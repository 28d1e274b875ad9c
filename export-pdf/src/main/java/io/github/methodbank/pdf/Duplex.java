package io.github.methodbank.pdf;

/**
 * How the printer turns the paper for the second side in {@link Layout#SHEET} layout. Back sheets
 * are mirrored to match: for a portrait sheet, a long-edge flip mirrors the columns and a short-edge
 * flip mirrors the rows (for a landscape sheet it is the other way round, since its long edge is
 * horizontal).
 */
public enum Duplex {
    /** The sheet turns over its long edge (book style); the usual printer default. */
    LONG_EDGE,
    /** The sheet turns over its short edge (calendar style). */
    SHORT_EDGE
}
