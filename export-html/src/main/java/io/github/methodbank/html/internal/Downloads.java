package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a site offers for download, made in the same run through the export SPI: each
 * method's printable card ({@code pdf-cards}) and workshop document ({@code docx-workshop}), and
 * the whole deck of each, in every language of the site, with the site's timestamp and the options
 * passed through. A format that is not on the class path is left out, with a warning. Not API.
 */
final class Downloads {

    static final String CARDS = "pdf-cards";
    static final String WORKSHOP = "docx-workshop";

    private final Site site;
    private final Exporter cards;
    private final Exporter workshop;
    private final ExportListener listener;

    private Downloads(Site site, Exporter cards, Exporter workshop) {
        this.site = site;
        this.cards = cards;
        this.workshop = workshop;
        ExportListener outer = site.job.getListener();
        Set<String> said = new HashSet<>();
        // the formats' warnings, each once (they repeat per language), without their progress
        this.listener = new ExportListener() {
            @Override
            public void warning(String message) {
                boolean first;
                synchronized (said) {
                    first = said.add(message);
                }
                if (first) {
                    outer.warning(message);
                }
            }
        };
    }

    /** Finds and configures the formats; notes on the site which downloads there are. */
    static Downloads prepare(Site site) throws ExportException {
        if (!site.options.isDownloads() || site.methods.isEmpty()) {
            return new Downloads(site, null, null);
        }
        Exporter cards = create(site, CARDS, site.options.getCardOptions(), "card-options", "printable cards (PDF)");
        Exporter workshop = create(site, WORKSHOP, site.options.getWorkshopOptions(), "workshop-options",
                "workshop documents (Word)");
        site.cards = cards != null;
        site.workshops = workshop != null;
        return new Downloads(site, cards, workshop);
    }

    private static Exporter create(Site site, String format, Map<String, String> options, String option, String what)
            throws ExportException {
        Optional<ExporterProvider> provider;
        try {
            provider = Exporters.discover().stream().filter(p -> p.getFormat().getId().equals(format)).findFirst();
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            throw new ExportException("the export formats on the class path could not be read: " + e.getMessage(), e);
        }
        if (provider.isEmpty()) {
            site.job.getListener().warning("the site offers no " + what + ": format " + format
                    + " is not on the class path");
            if (!options.isEmpty()) {
                site.job.getListener().warning("option " + option + " is ignored without format " + format);
            }
            return null;
        }
        try {
            return provider.get().create(options);
        } catch (IllegalArgumentException e) {
            throw new ExportException("option " + option + ": " + e.getMessage(), e);
        }
    }

    /** Writes one language's downloads. */
    void write(String lang, SiteSink sink) throws IOException, ExportException {
        if (cards != null) {
            for (Method m : site.methods) {
                sink.put(lang + "/" + SitePaths.card(m.getId()), export(cards, List.of(m), lang));
            }
            sink.put(lang + "/" + SitePaths.DECK_PDF, export(cards, site.methods, lang));
        }
        if (workshop != null) {
            for (Method m : site.methods) {
                sink.put(lang + "/" + SitePaths.workshop(m.getId()), export(workshop, List.of(m), lang));
            }
            sink.put(lang + "/" + SitePaths.DECK_DOCX, export(workshop, site.methods, lang));
        }
    }

    private byte[] export(Exporter exporter, List<Method> methods, String lang) throws ExportException {
        ExportJob job = ExportJob.builder().bank(site.bank()).methods(methods).language(lang)
                .timestamp(site.job.getEffectiveTimestamp()).listener(listener).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(job, out);
        return out.toByteArray();
    }
}
