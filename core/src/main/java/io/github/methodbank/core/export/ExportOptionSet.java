package io.github.methodbank.core.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The string options of one export format, each bound to the typed value it sets: the single
 * place where a format says which options tools may set and how. An exporter type declares its
 * options as {@link ExportOption} constants and lists them here with the accessor that reads and the
 * builder method that sets each; from that, {@link #create(Map)} makes an exporter from string
 * options (for {@link ExporterProvider#create(Map)}), {@link #check(Object)} checks the ranges of a
 * typed value (for the builder), and tools list {@link #getOptions()}.
 *
 * <pre>{@code
 * static final ExportOption<Boolean> QR = ExportOption.flag("qr", "print a QR code of the first link", false);
 * static final ExportOptionSet<MyExporter, MyExporter.Builder> OPTIONS =
 *         ExportOptionSet.builder(FORMAT, MyExporter::builder, MyExporter.Builder::build)
 *                 .add(QR, MyExporter::isQrCode, MyExporter.Builder::qrCode)
 *                 .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the configured type, usually the exporter
 * @param <B> its builder
 */
public final class ExportOptionSet<V, B> {

    private final ExportFormat format;
    private final Supplier<B> newBuilder;
    private final Function<B, V> build;
    private final Map<String, Binding<V, B, ?>> bindings;
    private final List<ExportOption<?>> options;

    private ExportOptionSet(Builder<V, B> b) {
        this.format = b.format;
        this.newBuilder = b.newBuilder;
        this.build = b.build;
        this.bindings = Map.copyOf(b.bindings);
        this.options = b.bindings.values().stream().map(Binding::option).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Starts a set of options.
     *
     * @param format the format the options belong to (named in messages)
     * @param newBuilder makes a builder with the defaults
     * @param build builds the configured value from a builder
     * @param <V> the configured type
     * @param <B> its builder
     * @return a builder of the set
     */
    public static <V, B> Builder<V, B> builder(ExportFormat format, Supplier<B> newBuilder, Function<B, V> build) {
        return new Builder<>(format, newBuilder, build);
    }

    /** The format the options belong to. */
    public ExportFormat getFormat() {
        return format;
    }

    /** The options, in the order they were added. */
    public List<ExportOption<?>> getOptions() {
        return options;
    }

    /**
     * A value configured from string options; options not given keep their defaults.
     *
     * @param values option values by key
     * @return the configured value
     * @throws IllegalArgumentException naming the key, for an unknown key or a bad value
     */
    public V create(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        List<String> unknown = values.keySet().stream().filter(k -> !bindings.containsKey(k)).sorted()
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " for format " + format.getId() + "; known options: "
                    + options.stream().map(ExportOption::getName).collect(Collectors.joining(", ")));
        }
        B builder = newBuilder.get();
        for (Map.Entry<String, String> e : values.entrySet()) {
            bindings.get(e.getKey()).set(builder, e.getValue());
        }
        return build.apply(builder);
    }

    /**
     * Checks every bound value of {@code value} against its option's range; for the configured
     * type's invariant check.
     *
     * @param value the configured value
     * @throws IllegalArgumentException naming the option whose value is out of range
     */
    public void check(V value) {
        Objects.requireNonNull(value, "value");
        for (Binding<V, B, ?> b : bindings.values()) {
            b.check(value);
        }
    }

    /**
     * The options of {@code value} that differ from their defaults, as text that {@link #create(Map)}
     * reads back: what a tool shows, or passes on to another export.
     *
     * @param value the configured value
     * @return option values by key, in the order of {@link #getOptions()}
     */
    public Map<String, String> toStrings(V value) {
        Objects.requireNonNull(value, "value");
        Map<String, String> out = new LinkedHashMap<>();
        for (ExportOption<?> o : options) {
            bindings.get(o.getName()).print(value).ifPresent(text -> out.put(o.getName(), text));
        }
        return out;
    }

    @Override
    public String toString() {
        return "ExportOptionSet" + options;
    }

    /** An option with the accessor that reads it and the builder method that sets it. */
    private record Binding<V, B, T>(ExportOption<T> option, Function<V, T> getter, BiConsumer<B, T> setter) {

        void set(B builder, String text) {
            setter.accept(builder, option.parse(text));
        }

        void check(V value) {
            T v = getter.apply(value);
            if (v != null) {
                option.check(v);
            }
        }

        Optional<String> print(V value) {
            T v = getter.apply(value);
            if (v == null || option.getDefaultValue().map(v::equals).orElse(false)) {
                return Optional.empty();
            }
            return Optional.of(option.print(v));
        }
    }

    /**
     * Collects the options of a set.
     *
     * @param <V> the configured type
     * @param <B> its builder
     */
    public static final class Builder<V, B> {
        private final ExportFormat format;
        private final Supplier<B> newBuilder;
        private final Function<B, V> build;
        private final Map<String, Binding<V, B, ?>> bindings = new LinkedHashMap<>();

        private Builder(ExportFormat format, Supplier<B> newBuilder, Function<B, V> build) {
            this.format = Objects.requireNonNull(format, "format");
            this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
            this.build = Objects.requireNonNull(build, "build");
        }

        /**
         * Adds an option.
         *
         * @param option the option
         * @param getter reads the option's value from a configured value (null when unset)
         * @param setter sets the option's value on a builder
         * @param <T> the option's value type
         * @return this builder
         * @throws IllegalArgumentException when an option of that name was added before
         */
        public <T> Builder<V, B> add(ExportOption<T> option, Function<V, T> getter, BiConsumer<B, T> setter) {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(getter, "getter");
            Objects.requireNonNull(setter, "setter");
            if (bindings.putIfAbsent(option.getName(), new Binding<>(option, getter, setter)) != null) {
                throw new IllegalArgumentException("option " + option.getName() + " is added twice");
            }
            return this;
        }

        /** The set. */
        public ExportOptionSet<V, B> build() {
            return new ExportOptionSet<>(this);
        }
    }
}
