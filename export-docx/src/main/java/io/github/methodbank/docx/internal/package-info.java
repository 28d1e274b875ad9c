/**
 * The workshop document writer: the document's sections ({@code CoverSection},
 * {@code PreparationSection}, {@code AgendaSection}, {@code MethodSection},
 * {@code WorkingPagesSection}), rich text, and the package around the body. Its building blocks
 * are in {@code wml}, templates in {@code template}. Not API: anything here may change without
 * notice.
 */
package io.github.methodbank.docx.internal;
