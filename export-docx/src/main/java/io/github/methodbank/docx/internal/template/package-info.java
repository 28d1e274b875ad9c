/** Corporate templates: reading them with Apache POI and fitting our styles into them. Not API. */
package io.github.methodbank.docx.internal.template;
