package io.github.methodbank.pdf;

/** What to do when a card side's text does not fit even at the minimum font size. */
public enum Overflow {
    /** Continue on extra cards numbered "1/2", "2/2"; nothing is cut. */
    CONTINUE,
    /** Fail the export with an error naming the method and the section that does not fit. */
    FAIL
}
