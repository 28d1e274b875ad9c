/**
 * A static, accessible website of a method bank (format {@code html-site}): {@link
 * io.github.methodbank.html.HtmlSiteExporter} and its provider, the site's colours and files, and
 * {@link io.github.methodbank.html.SiteLinks} for showing one method in a web application of one's own.
 */
package io.github.methodbank.html;
