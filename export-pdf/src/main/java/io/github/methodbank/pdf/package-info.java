/** Printable PDF method cards. The exporter arrives with the PDF cards issue; this module holds its place in the build. */
package io.github.methodbank.pdf;
