package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.html.HtmlSiteExporter;
import io.github.methodbank.html.SiteLinks;

/** One method's HTML for another application's page, and the style sheet for it. Not API. */
public final class Fragments {

    private Fragments() {}

    /**
     * Writes the method's article.
     *
     * @param options the exporter
     * @param job a job of the bank and language
     * @param method the method
     * @param links where links lead
     * @param out where the HTML goes
     */
    public static void method(HtmlSiteExporter options, ExportJob job, Method method, SiteLinks links, Appendable out) {
        MethodArticle.write(new Html(out), new Texts(job.getBank(), job.getLanguage()), method, links);
    }

    /**
     * The style sheet with the exporter's colours.
     *
     * @param options the exporter
     * @param bank the bank
     * @return the CSS
     */
    public static String stylesheet(HtmlSiteExporter options, MethodBank bank) {
        return Assets.siteCss(options.getColors(), bank);
    }
}
