package io.github.methodbank.pdf;

/** Whether a card stands upright (portrait) or lies on its side (landscape). */
public enum Orientation {
    /** The shorter side is the width. */
    PORTRAIT,
    /** The longer side is the width. */
    LANDSCAPE
}
