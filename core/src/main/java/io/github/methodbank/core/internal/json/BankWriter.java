package io.github.methodbank.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.Step;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a bank as pretty-printed JSON in the published format. Thread-safe. Not API. */
public final class BankWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BankWriter() {}

    /** Writes the bank; never closes {@code out}. */
    public static void write(MethodBank bank, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(new NonClosingWriter(out))) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            String lang = bank.getDefaultLanguage();
            g.writeStartObject();
            g.writeNumberField("formatVersion", bank.getFormatVersion());
            if (bank.getId().isPresent()) {
                g.writeStringField("id", bank.getId().get());
            }
            if (bank.getTitle().isPresent()) {
                text(g, "title", bank.getTitle().get(), lang);
            }
            g.writeStringField("defaultLanguage", lang);
            if (bank.getLicense().isPresent()) {
                g.writeStringField("license", bank.getLicense().get());
            }
            optional(g, "sources", bank.getSources(), lang);
            g.writeArrayFieldStart("paths");
            for (Pathway p : bank.getPaths()) {
                g.writeStartObject();
                g.writeStringField("id", p.getId());
                text(g, "name", p.getName(), lang);
                g.writeArrayFieldStart("phases");
                for (Phase ph : p.getPhases()) {
                    g.writeStartObject();
                    g.writeStringField("id", ph.getId());
                    text(g, "name", ph.getName(), lang);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("methods");
            for (Method m : bank.getMethods()) {
                method(g, m, lang);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Writes one method object (as in a bank directory's method file). */
    public static void method(JsonGenerator g, Method m, String lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.getId());
        text(g, "name", m.getName(), lang);
        optional(g, "summary", m.getSummary(), lang);
        text(g, "description", m.getDescription(), lang);
        optional(g, "howToUse", m.getHowToUse(), lang);
        if (!m.getPhases().isEmpty()) {
            g.writeArrayFieldStart("phases");
            for (PhaseRef r : m.getPhases()) {
                g.writeString(r.asString());
            }
            g.writeEndArray();
        }
        texts(g, "typicalUsers", m.getTypicalUsers(), lang);
        optional(g, "requiredSkills", m.getRequiredSkills(), lang);
        if (!m.getTags().isEmpty()) {
            g.writeArrayFieldStart("tags");
            for (String t : m.getTags()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        if (!m.getLinks().isEmpty()) {
            g.writeArrayFieldStart("links");
            for (Link l : m.getLinks()) {
                g.writeStartObject();
                optional(g, "title", l.getTitle(), lang);
                g.writeStringField("url", l.getUrl().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        range(g, "durationMinutes", m.getDurationMinutes(), lang);
        range(g, "groupSize", m.getGroupSize(), lang);
        texts(g, "materials", m.getMaterials(), lang);
        if (!m.getSteps().isEmpty()) {
            g.writeArrayFieldStart("steps");
            for (Step s : m.getSteps()) {
                g.writeStartObject();
                text(g, "title", s.getTitle(), lang);
                if (s.getMinutes().isPresent()) {
                    g.writeNumberField("minutes", s.getMinutes().getAsInt());
                }
                optional(g, "description", s.getDescription(), lang);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        optional(g, "examples", m.getExamples(), lang);
        optional(g, "sources", m.getSources(), lang);
        if (m.getLicense().isPresent()) {
            g.writeStringField("license", m.getLicense().get());
        }
        if (m.getUpdated().isPresent()) {
            g.writeStringField("updated", m.getUpdated().get().toString());
        }
        if (m.getImage().isPresent()) {
            g.writeStringField("image", m.getImage().get());
        }
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, String name, Optional<Range> r, String lang) throws IOException {
        if (r.isPresent()) {
            g.writeObjectFieldStart(name);
            if (r.get().getMin().isPresent()) {
                g.writeNumberField("min", r.get().getMin().getAsInt());
            }
            if (r.get().getMax().isPresent()) {
                g.writeNumberField("max", r.get().getMax().getAsInt());
            }
            if (r.get().getNote().isPresent()) {
                text(g, "note", r.get().getNote().get(), lang);
            }
            g.writeEndObject();
        }
    }

    private static void texts(JsonGenerator g, String name, List<LocalizedText> list, String lang) throws IOException {
        if (!list.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (LocalizedText t : list) {
                value(g, t, lang);
            }
            g.writeEndArray();
        }
    }

    private static void optional(JsonGenerator g, String name, Optional<LocalizedText> t, String lang)
            throws IOException {
        if (t.isPresent()) {
            text(g, name, t.get(), lang);
        }
    }

    private static void text(JsonGenerator g, String name, LocalizedText t, String lang) throws IOException {
        g.writeFieldName(name);
        value(g, t, lang);
    }

    /** A plain string when the text has only the default language, else an object. */
    private static void value(JsonGenerator g, LocalizedText t, String lang) throws IOException {
        Map<String, String> values = t.getValues();
        if (values.size() == 1 && values.containsKey(lang)) {
            g.writeString(values.get(lang));
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** Keeps the generator from closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
