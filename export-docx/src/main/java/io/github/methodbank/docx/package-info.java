/** Word workshop templates. The exporter arrives with the workshop issue; this module holds its place in the build. */
package io.github.methodbank.docx;
