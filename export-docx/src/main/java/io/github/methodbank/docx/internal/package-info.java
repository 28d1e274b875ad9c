/** The workshop document writer. Not API: anything here may change without notice. */
package io.github.methodbank.docx.internal;
