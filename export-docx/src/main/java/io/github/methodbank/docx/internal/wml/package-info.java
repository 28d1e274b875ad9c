/** WordprocessingML building blocks, our style sheet and numbering, and the package and zip writers. Not API. */
package io.github.methodbank.docx.internal.wml;
