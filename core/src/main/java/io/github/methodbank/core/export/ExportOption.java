package io.github.methodbank.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One option of an export format, described completely enough for a tool to list, check and
 * complete it: its name, what kind of value it takes (a flag, one of a set of values, a number in
 * a range, or text of a given form), its default and a description. It also parses a string value
 * into the typed value and checks a typed value against its range.
 *
 * <p>A format declares each option once, as a constant of its exporter type, and binds it to the
 * exporter's builder in an {@link ExportOptionSet}; tools reach the options through
 * {@link ExporterProvider#getOptions()}. Immutable and thread-safe.
 *
 * @param <T> the type of the option's value
 */
public final class ExportOption<T> {

    /** The kinds of value an option takes. */
    public enum Kind {
        /** {@code true} or {@code false}. */
        FLAG,
        /** One of {@link ExportOption#getChoices()}. */
        CHOICE,
        /** A number from {@link ExportOption#getMin()} to {@link ExportOption#getMax()}. */
        NUMBER,
        /** Text of the form {@link ExportOption#getValueLabel()} says, such as a time or a file. */
        TEXT
    }

    private final String name;
    private final String description;
    private final Kind kind;
    private final String valueLabel;
    private final List<String> choices;
    private final Double min;
    private final Double max;
    private final String unit;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> printer;

    private ExportOption(String name, String description, Kind kind, String valueLabel, List<String> choices, Double min,
            Double max, String unit, T defaultValue, Function<String, T> parser, Function<T, String> printer) {
        this.name = requireName(name);
        this.description = Objects.requireNonNull(description, "description");
        this.kind = kind;
        this.valueLabel = valueLabel;
        this.choices = List.copyOf(choices);
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.printer = printer;
    }

    /**
     * An option that is on or off, written {@code true} or {@code false}.
     *
     * @param name the option's key, lower-case words joined by hyphens, such as {@code crop-marks}
     * @param description what the option does, in one sentence
     * @param defaultValue the value when the option is not given
     * @return the option
     */
    public static ExportOption<Boolean> flag(String name, String description, boolean defaultValue) {
        return new ExportOption<>(name, description, Kind.FLAG, "true|false", List.of("true", "false"), null, null, null,
                defaultValue, v -> parseFlag(name, v), String::valueOf);
    }

    /**
     * An option that takes one constant of an enum, written in lower case with hyphens for
     * underscores ({@code LONG_EDGE} is {@code long-edge}).
     *
     * @param name the option's key
     * @param description what the option does
     * @param type the enum
     * @param defaultValue the value when the option is not given
     * @param <E> the enum type
     * @return the option
     */
    public static <E extends Enum<E>> ExportOption<E> choice(String name, String description, Class<E> type,
            E defaultValue) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(spell(e));
        }
        return new ExportOption<>(name, description, Kind.CHOICE, String.join("|", names), names, null, null, null,
                defaultValue, v -> {
                    for (E e : type.getEnumConstants()) {
                        if (spell(e).equals(v.trim().toLowerCase(Locale.ROOT))) {
                            return e;
                        }
                    }
                    throw new IllegalArgumentException("use " + String.join(", ", names));
                }, ExportOption::spell);
    }

    /**
     * An option that takes a decimal number in a range.
     *
     * @param name the option's key
     * @param description what the option does
     * @param unit the unit shown with the value, such as {@code mm}, or an empty string
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @param defaultValue the value when the option is not given
     * @return the option
     */
    public static ExportOption<Double> number(String name, String description, String unit, double min, double max,
            double defaultValue) {
        Objects.requireNonNull(unit, "unit");
        checkRange(name, min, max, defaultValue);
        return new ExportOption<>(name, description, Kind.NUMBER, unit.isEmpty() ? "NUMBER" : unit.toUpperCase(Locale.ROOT),
                List.of(), min, max, unit, defaultValue, v -> {
                    try {
                        double d = Double.parseDouble(v.trim());
                        if (!Double.isFinite(d)) {
                            throw new NumberFormatException();
                        }
                        return d;
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("use a number from " + plain(min) + " to " + plain(max)
                                + (unit.isEmpty() ? "" : " (" + unit + ")"));
                    }
                }, ExportOption::plain);
    }

    /**
     * An option that takes a whole number in a range.
     *
     * @param name the option's key
     * @param description what the option does
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @param defaultValue the value when the option is not given
     * @return the option
     */
    public static ExportOption<Integer> wholeNumber(String name, String description, int min, int max, int defaultValue) {
        checkRange(name, min, max, defaultValue);
        return new ExportOption<>(name, description, Kind.NUMBER, "N", List.of(), (double) min, (double) max, "",
                defaultValue, v -> {
                    try {
                        return Integer.parseInt(v.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("use a whole number from " + min + " to " + max);
                    }
                }, String::valueOf);
    }

    /**
     * An option that takes text of some form, such as a time of day, a card size or a file.
     *
     * @param name the option's key
     * @param description what the option does and which forms the value takes
     * @param valueLabel the value's form in a word or two, such as {@code HH:MM} or {@code FILE}
     * @param parser turns the text into the value; throws {@link IllegalArgumentException} saying
     *     which forms are allowed
     * @param printer writes a value back as text that {@code parser} reads
     * @param defaultValue the value when the option is not given, or null when the option is unset by default
     * @param suggestions values that tools may offer for completion (the value is not limited to them)
     * @param <T> the value type
     * @return the option
     */
    public static <T> ExportOption<T> text(String name, String description, String valueLabel, Function<String, T> parser,
            Function<T, String> printer, T defaultValue, List<String> suggestions) {
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(suggestions, "suggestions");
        return new ExportOption<>(name, description, Kind.TEXT, valueLabel, suggestions, null, null, null, defaultValue,
                parser, printer);
    }

    /** The option's key, such as {@code size}: lower-case words joined by hyphens. */
    public String getName() {
        return name;
    }

    /** What the option does, in a sentence. */
    public String getDescription() {
        return description;
    }

    /** The kind of value the option takes. */
    public Kind getKind() {
        return kind;
    }

    /** A short form of the value for help texts, such as {@code MM}, {@code HH:MM} or {@code a6|a7}. */
    public String getValueLabel() {
        return valueLabel;
    }

    /**
     * The allowed values of a {@link Kind#FLAG} or {@link Kind#CHOICE} option, or suggested values of a
     * {@link Kind#TEXT} option; empty for numbers.
     */
    public List<String> getChoices() {
        return choices;
    }

    /** The smallest value of a {@link Kind#NUMBER} option. */
    public OptionalDouble getMin() {
        return min == null ? OptionalDouble.empty() : OptionalDouble.of(min);
    }

    /** The largest value of a {@link Kind#NUMBER} option. */
    public OptionalDouble getMax() {
        return max == null ? OptionalDouble.empty() : OptionalDouble.of(max);
    }

    /** The value when the option is not given; empty when the option is unset by default. */
    public Optional<T> getDefaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default as text, as {@link #parse(String)} reads it; empty when unset by default. */
    public Optional<String> getDefaultText() {
        return getDefaultValue().map(printer);
    }

    /**
     * Reads a value given as text, and checks its range.
     *
     * @param text the value as a user wrote it
     * @return the typed value
     * @throws IllegalArgumentException naming the option, the value and what is allowed
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "value of option " + name);
        T value;
        try {
            value = parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + name + ": '" + text + "' is not allowed; " + e.getMessage(), e);
        }
        return check(value);
    }

    /**
     * Checks a typed value against the option's range.
     *
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException naming the option when the value is out of range
     */
    public T check(T value) {
        if (min != null && value instanceof Number n) {
            double d = n.doubleValue();
            if (!(d >= min && d <= max)) {
                throw new IllegalArgumentException("option " + name + " must be from " + plain(min) + " to " + plain(max)
                        + (unit == null || unit.isEmpty() ? "" : " " + unit) + ", was " + plain(d));
            }
        }
        return value;
    }

    /** Writes a value as text that {@link #parse(String)} reads back. */
    public String print(T value) {
        Objects.requireNonNull(value, "value");
        return printer.apply(value);
    }

    @Override
    public String toString() {
        return name + "=" + valueLabel + getDefaultText().map(d -> " (default " + d + ")").orElse("");
    }

    /** The spelling of an enum constant as an option value: lower case, hyphens for underscores. */
    public static String spell(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Boolean parseFlag(String name, String v) {
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("use true or false");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void checkRange(String name, double min, double max, double def) {
        if (!(min <= def && def <= max)) {
            throw new IllegalArgumentException("option " + name + ": the default " + def + " lies outside " + min + " to " + max);
        }
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("option name '" + name + "' must be lower-case words joined by hyphens");
        }
        return name;
    }
}
