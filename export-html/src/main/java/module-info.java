/** A static, accessible website of a method bank (format {@code html-site}). */
module io.github.methodbank.html {
    requires transitive io.github.methodbank.core;
    requires static org.immutables.value.annotations;

    exports io.github.methodbank.html;

    provides io.github.methodbank.core.export.ExporterProvider with io.github.methodbank.html.HtmlSiteProvider;
}
