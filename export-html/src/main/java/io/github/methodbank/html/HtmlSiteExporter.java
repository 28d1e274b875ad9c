package io.github.methodbank.html;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.AbstractExporter;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExportOptionSet;
import io.github.methodbank.core.internal.style.ModelStyle;
import io.github.methodbank.html.internal.Fragments;
import io.github.methodbank.html.internal.SiteBuilder;
import io.github.methodbank.html.internal.SiteSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Exports methods as a static website: a front page with a map of the paths, a page per phase,
 * per method and per tag, a list of all methods, search in the browser, and (made in the same run
 * by the {@code pdf-cards} and {@code docx-workshop} formats when they are on the class path) each
 * method's printable card and workshop document and the whole deck. One site per language asked
 * for, with a language switch on every page. Nothing is loaded from outside the site; every page
 * works under the Content-Security-Policy {@value #CONTENT_SECURITY_POLICY}, which each page also
 * declares in a {@code meta} element.
 *
 * <p>Through the SPI the site is a ZIP archive; {@link #exportTo(ExportJob, Path)} writes it into a
 * directory, and {@link #writeMethodFragment} writes one method's HTML for a web application of
 * one's own.
 *
 * <pre>{@code
 * HtmlSiteExporter site = HtmlSiteExporter.builder().languages(List.of("fi", "sv", "en")).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("site.zip"))) {
 *     site.export(ExportJob.allOf(MethodBanks.loadSample()), out);
 * }
 * }</pre>
 *
 * <p>The exporter is its options, declared once as {@link ExportOption}s and bound in
 * {@link #OPTIONS}. Immutable and thread-safe; never closes the caller's stream; the same job and
 * timestamp give the same bytes.
 */
@Value.Immutable
@ModelStyle
public abstract class HtmlSiteExporter extends AbstractExporter {

    /** The format: {@code html-site}, a ZIP archive of the site. */
    public static final ExportFormat FORMAT = ExportFormat.of("html-site", "Static website", "application/zip", "zip");

    /**
     * The Content-Security-Policy every page of the site keeps (and declares in a {@code meta}
     * element): nothing but the site's own scripts, style sheets and images, no inline script or
     * style, forms sent only to the site. A server may send it as a header, with
     * {@code frame-ancestors 'none'} added (a {@code meta} element cannot say that).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; base-uri 'none'; form-action 'self'";

    static final ExportOption<List<String>> LANGUAGES = ExportOption.text("languages",
            "the languages to write a site in, comma-separated (fi,sv,en), or all for every language of the bank;"
                    + " the export's language comes first and is the default",
            "LANG,...", HtmlSiteExporter::parseLanguages, l -> String.join(",", l), List.of(), List.of("all", "fi,sv,en"));
    static final ExportOption<Boolean> DOWNLOADS = ExportOption.flag("downloads",
            "link each method's printable card (PDF) and workshop document (Word), and the whole deck, made by the"
                    + " pdf-cards and docx-workshop formats when they are installed",
            true);
    static final ExportOption<Map<String, String>> CARD_OPTIONS = ExportOption.text("card-options",
            "options of the printable cards, passed to format pdf-cards: KEY=VALUE,KEY=VALUE such as size=poker,qr=true",
            "KEY=VALUE,...", HtmlSiteExporter::parseOptions, HtmlSiteExporter::printOptions, Map.of(), List.of());
    static final ExportOption<Map<String, String>> WORKSHOP_OPTIONS = ExportOption.text("workshop-options",
            "options of the workshop documents, passed to format docx-workshop: KEY=VALUE,KEY=VALUE such as start=13:00",
            "KEY=VALUE,...", HtmlSiteExporter::parseOptions, HtmlSiteExporter::printOptions, Map.of(), List.of());
    static final ExportOption<String> TITLE = ExportOption.text("title",
            "the site's title (default: the bank's title in each language)", "TEXT", HtmlSiteExporter::titleOf,
            t -> t, null, List.of());
    static final ExportOption<SiteFile> LOGO = ExportOption.text("logo",
            "a logo shown beside the title on every page: a PNG, JPEG or SVG file", "FILE", SiteFile::parse,
            SiteFile::toString, null, List.of());
    static final ExportOption<SiteFile> STYLESHEET = ExportOption.text("css",
            "a CSS file of one's own, loaded after the site's style sheet", "FILE", SiteFile::parse, SiteFile::toString,
            null, List.of());
    static final ExportOption<SiteColors> COLORS = ExportOption.text("colors",
            "path colours: palette=#RRGGBB/#RRGGBB (by path position), path.ID=#RRGGBB, accent=#RRGGBB (methods on no"
                    + " path); the default is the printable cards' palette",
            "COLOURS", SiteColors::parse, SiteColors::toString, SiteColors.defaults(), List.of());

    /** The options tools set from text, bound to this type's getters and builder. */
    static final ExportOptionSet<HtmlSiteExporter, Builder> OPTIONS = ExportOptionSet
            .builder(FORMAT, HtmlSiteExporter::builder, Builder::build)
            .add(LANGUAGES, HtmlSiteExporter::getLanguages, Builder::languages)
            .add(DOWNLOADS, HtmlSiteExporter::isDownloads, Builder::downloads)
            .add(CARD_OPTIONS, HtmlSiteExporter::getCardOptions, Builder::cardOptions)
            .add(WORKSHOP_OPTIONS, HtmlSiteExporter::getWorkshopOptions, Builder::workshopOptions)
            .add(TITLE, e -> e.getTitle().orElse(null), Builder::title)
            .add(LOGO, e -> e.getLogo().orElse(null), Builder::logo)
            .add(STYLESHEET, e -> e.getStylesheet().orElse(null), Builder::stylesheet)
            .add(COLORS, HtmlSiteExporter::getColors, Builder::colors)
            .build();

    HtmlSiteExporter() {
        // only the generated implementation extends this type
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /** An exporter with the default options: the export's language, downloads where available. */
    public static HtmlSiteExporter withDefaults() {
        return Defaults.EXPORTER;
    }

    /**
     * The languages to write a site in besides the export's own, which always comes first;
     * {@code all} stands for every language the bank's texts have. Default: none besides the export's.
     */
    public abstract List<String> getLanguages();

    /**
     * Whether method pages link their printable card and workshop document and the front page the
     * whole deck (default true), made by whichever of {@code pdf-cards} and {@code docx-workshop} are
     * on the class path; a missing format is left out with a warning to the export's listener.
     */
    @Value.Default
    public boolean isDownloads() {
        return true;
    }

    /** Options of the printable cards, as {@code pdf-cards} takes them from text (default none). */
    public abstract Map<String, String> getCardOptions();

    /** Options of the workshop documents, as {@code docx-workshop} takes them from text (default none). */
    public abstract Map<String, String> getWorkshopOptions();

    /** The site's title; when absent, the bank's title in each language. */
    public abstract Optional<String> getTitle();

    /** A logo shown beside the title, if any. */
    public abstract Optional<SiteFile> getLogo();

    /** A style sheet of one's own, loaded after the site's, if any. */
    public abstract Optional<SiteFile> getStylesheet();

    /** The path colours (default {@link SiteColors#defaults()}, the cards' palette). */
    @Value.Default
    public SiteColors getColors() {
        return SiteColors.defaults();
    }

    @Override
    public ExportFormat getFormat() {
        return FORMAT;
    }

    @Override
    protected void write(ExportJob job, OutputStream out) throws IOException, ExportException {
        try (SiteSink.Zip zip = new SiteSink.Zip(out, job.getEffectiveTimestamp())) {
            new SiteBuilder(this, job).write(zip);
            zip.finish();
        }
    }

    /**
     * Writes the site into a directory, which must exist and should be empty; files of the site that
     * are there already are replaced. The command line builds a site aside and moves it into place.
     *
     * @param job what to export
     * @param directory where the site's files go
     * @throws ExportException when the site cannot be written, with a message that says why
     */
    public void exportTo(ExportJob job, Path directory) throws ExportException {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new ExportException("the site's directory " + directory + " does not exist");
        }
        try {
            new SiteBuilder(this, job).write(new SiteSink.Directory(directory));
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            throw new ExportException("the site could not be written to " + directory + ": " + t.getMessage(), e);
        }
    }

    /**
     * Writes one method's HTML, as its page in the site shows it, for a page of one's own web
     * application: an {@code article} element with the name as {@code h1}, the phase strips, every
     * field and the tags, its text escaped and its links only http, https and mailto. Style it with
     * {@link #stylesheet(MethodBank)} or one's own CSS; it needs no script.
     *
     * @param bank the bank
     * @param method a method of the bank
     * @param language the language to show it in; texts missing in it fall back to the bank's
     *     default language and say so with their own {@code lang}
     * @param links where the links lead in one's application
     * @param out where the HTML goes
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the method is not in the bank or the language is no language tag
     */
    public void writeMethodFragment(MethodBank bank, Method method, String language, SiteLinks links, Appendable out)
            throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(out, "out");
        ExportJob job = ExportJob.of(bank, List.of(method), language);
        try {
            Fragments.method(this, job, method, links, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The site's style sheet with this exporter's colours, for pages that show
     * {@link #writeMethodFragment method fragments}.
     *
     * @param bank the bank, whose paths take the colours in order
     * @return the CSS
     */
    public String stylesheet(MethodBank bank) {
        Objects.requireNonNull(bank, "bank");
        return Fragments.stylesheet(this, bank);
    }

    /** Checks the options; the builder calls it. */
    @Value.Check
    void check() {
        OPTIONS.check(this);
        for (String l : getLanguages()) {
            if (!l.equals("all") && !io.github.methodbank.core.LocalizedText.isLanguageTag(l)) {
                throw new IllegalArgumentException("'" + l + "' is not a language tag such as fi, sv or en, nor all");
            }
        }
        getTitle().ifPresent(HtmlSiteExporter::titleOf);
        getLogo().ifPresent(f -> {
            if (!f.isImage()) {
                throw new IllegalArgumentException("the logo " + f.getName() + " must be a PNG, JPEG or SVG file");
            }
        });
        getStylesheet().ifPresent(f -> {
            if (f.isImage()) {
                throw new IllegalArgumentException("the style sheet " + f.getName() + " must be a .css file");
            }
        });
    }

    private static List<String> parseLanguages(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.equals("all") && !io.github.methodbank.core.LocalizedText.isLanguageTag(t)) {
                throw new IllegalArgumentException("'" + t + "' is not a language tag such as fi, sv or en, nor all");
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> parseOptions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String t = part.trim();
            if (t.isEmpty()) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("write KEY=VALUE pairs separated by commas, was '" + t + "'");
            }
            out.put(t.substring(0, eq).trim(), t.substring(eq + 1).trim());
        }
        return out;
    }

    private static String printOptions(Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String titleOf(String title) {
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a site title is 1 to 200 characters");
        }
        return title;
    }

    /** Builds an {@link HtmlSiteExporter}; every option has a default. Not thread-safe; the exporter is. */
    public static final class Builder extends ImmutableHtmlSiteExporter.Builder {
        Builder() {
            // HtmlSiteExporter.builder()
        }
    }

    /** Holder of the default exporter, made on first use. */
    private static final class Defaults {
        static final HtmlSiteExporter EXPORTER = builder().build();
    }
}
