package io.github.methodbank.cli;

import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExporterProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command-line options of one export format, made from the options the format declares: one
 * {@code --name VALUE} per option ({@code --name} for a flag that is off by default,
 * {@code --no-name} for one that is on), with the format's description, allowed values, default and
 * completion candidates. Adding an option to a format adds it here without a change to the CLI.
 */
final class FormatOptions {

    /** A generated command-line option and the format option it sets. */
    private record Setting(OptionSpec spec, ExportOption<?> option, String fixedValue) {}

    private final ExporterProvider provider;
    private final List<Setting> settings = new ArrayList<>();

    private FormatOptions(ExporterProvider provider) {
        this.provider = provider;
    }

    /** Adds the options of {@code provider}'s format to a command. */
    static FormatOptions install(CommandLine command, ExporterProvider provider) {
        FormatOptions f = new FormatOptions(provider);
        for (ExportOption<?> o : provider.getOptions()) {
            String name = "--" + o.getName();
            if (command.getCommandSpec().findOption(name) != null) {
                continue; // the command has an option of that name of its own
            }
            OptionSpec spec;
            String fixed = null;
            if (o.getKind() == ExportOption.Kind.FLAG) {
                boolean onByDefault = o.getDefaultText().map("true"::equals).orElse(false);
                fixed = onByDefault ? "false" : "true";
                spec = OptionSpec.builder(onByDefault ? "--no-" + o.getName() : name).arity("0").type(boolean.class)
                        .description((onByDefault ? "Leave out: " : "") + sentence(o.getDescription())
                                + (onByDefault ? " (on by default)" : ""))
                        .build();
            } else {
                StringBuilder d = new StringBuilder(sentence(o.getDescription()));
                if (o.getKind() == ExportOption.Kind.CHOICE) {
                    d.append(" One of ").append(String.join(", ", o.getChoices())).append('.');
                } else if (o.getKind() == ExportOption.Kind.NUMBER) {
                    d.append(" From ").append(plain(o.getMin().orElseThrow())).append(" to ")
                            .append(plain(o.getMax().orElseThrow())).append('.');
                }
                o.getDefaultText().ifPresent(t -> d.append(" Default: ").append(t).append('.'));
                OptionSpec.Builder b = OptionSpec.builder(name).paramLabel(o.getValueLabel()).type(String.class)
                        .description(d.toString());
                if (!o.getChoices().isEmpty()) {
                    b.completionCandidates(o.getChoices());
                }
                spec = b.build();
            }
            command.getCommandSpec().addOption(spec);
            f.settings.add(new Setting(spec, o, fixed));
        }
        return f;
    }

    /** The provider the options belong to. */
    ExporterProvider provider() {
        return provider;
    }

    /** The options given on the command line, as the format's string options. */
    Map<String, String> values(ParseResult parsed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting s : settings) {
            if (parsed.hasMatchedOption(s.spec())) {
                out.put(s.option().getName(), s.fixedValue() != null ? s.fixedValue() : parsed.matchedOptionValue(
                        s.spec().longestName(), ""));
            }
        }
        return out;
    }

    /** Whether any of the format's options was given. */
    boolean anyGiven(ParseResult parsed) {
        return settings.stream().anyMatch(s -> parsed.hasMatchedOption(s.spec()));
    }

    private static String sentence(String s) {
        String t = s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
