package io.github.methodbank.html.internal;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.html.HtmlSiteExporter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What every page of one export shares: the options, the languages, the methods, tags and files. Not API. */
final class Site {

    static final String CSS = "assets/site.css";
    static final String USER_CSS = "assets/custom.css";
    static final String JS = "assets/search.js";
    static final String ICON = "assets/icon.svg";

    final HtmlSiteExporter options;
    final ExportJob job;
    final List<String> languages;
    final List<Method> methods;
    final Set<String> selected = new LinkedHashSet<>();
    final Map<String, List<Method>> tags = new LinkedHashMap<>();
    final Map<String, String> images = new HashMap<>();
    final LocalDate date;
    final boolean userCss;
    final String logoFile;
    boolean cards;
    boolean workshops;
    private final Map<String, Texts> texts = new HashMap<>();

    Site(HtmlSiteExporter options, ExportJob job) {
        this.options = options;
        this.job = job;
        this.methods = job.getMethods();
        this.languages = languages(options, job);
        this.date = LocalDate.ofInstant(job.getEffectiveTimestamp(), ZoneOffset.UTC);
        this.userCss = options.getStylesheet().isPresent();
        this.logoFile = options.getLogo().map(f -> "assets/logo." + f.getExtension()).orElse(null);
        for (Method m : methods) {
            selected.add(m.getId());
            for (String tag : m.getTags()) {
                tags.computeIfAbsent(tag, k -> new ArrayList<>()).add(m);
            }
        }
    }

    MethodBank bank() {
        return job.getBank();
    }

    Texts texts(String language) {
        return texts.computeIfAbsent(language, l -> new Texts(bank(), l));
    }

    boolean hasTags() {
        return !tags.isEmpty();
    }

    /** The site's title in a language: the option, else the bank's title. */
    String title(String language) {
        return options.getTitle().orElseGet(() -> bank().displayTitle(language));
    }

    /** The language the site's title is in when it falls back from {@code language}, else null. */
    String titleFallback(String language) {
        if (options.getTitle().isPresent() || bank().getTitle().isEmpty()) {
            return null;
        }
        return texts(language).fallback(bank().getTitle().get());
    }

    /** The methods of the export on a phase, in bank order. */
    List<Method> methodsIn(io.github.methodbank.core.PhaseRef ref) {
        List<Method> out = new ArrayList<>();
        for (Method m : bank().methodsIn(ref)) {
            if (selected.contains(m.getId())) {
                out.add(m);
            }
        }
        return out;
    }

    /** The export's methods on no path, in export order. */
    List<Method> onNoPath() {
        List<Method> out = new ArrayList<>();
        for (Method m : methods) {
            if (m.getPhases().isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** A language's own name for itself, capitalised: suomi → Suomi, svenska → Svenska. */
    static String languageName(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayName(l);
        if (name.isEmpty() || name.equalsIgnoreCase(tag)) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The export's language first, then the languages asked for; {@code all} stands for every language of the bank. */
    static List<String> languages(HtmlSiteExporter options, ExportJob job) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(job.getLanguage());
        for (String l : options.getLanguages()) {
            if (l.equals("all")) {
                out.addAll(bankLanguages(job.getBank()));
            } else {
                out.add(l);
            }
        }
        // one site per primary language: sv and sv-FI would be the same pages under two names
        List<String> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String l : out) {
            if (seen.add(l.toLowerCase(Locale.ROOT))) {
                list.add(l);
            }
        }
        return List.copyOf(list);
    }

    /** Every language the bank's texts have: the default first, then in the order they appear. */
    static List<String> bankLanguages(MethodBank bank) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(bank.getDefaultLanguage());
        bank.getTitle().ifPresent(t -> out.addAll(t.getLanguages()));
        for (Pathway p : bank.getPaths()) {
            out.addAll(p.getName().getLanguages());
            for (Phase ph : p.getPhases()) {
                out.addAll(ph.getName().getLanguages());
            }
        }
        for (Method m : bank.getMethods()) {
            for (LocalizedText t : texts(m)) {
                out.addAll(t.getLanguages());
            }
        }
        return List.copyOf(out);
    }

    /** Every text of a method. */
    static List<LocalizedText> texts(Method m) {
        List<LocalizedText> out = new ArrayList<>();
        out.add(m.getName());
        m.getSummary().ifPresent(out::add);
        out.add(m.getDescription());
        m.getHowToUse().ifPresent(out::add);
        m.getRequiredSkills().ifPresent(out::add);
        m.getExamples().ifPresent(out::add);
        m.getSources().ifPresent(out::add);
        out.addAll(m.getTypicalUsers());
        out.addAll(m.getMaterials());
        for (Step s : m.getSteps()) {
            out.add(s.getTitle());
            s.getDescription().ifPresent(out::add);
        }
        return out;
    }
}
