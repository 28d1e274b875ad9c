package io.github.methodbank.core;

import io.github.methodbank.core.internal.json.BankLoader;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads method banks from JSON with a chosen strictness and limits. Every problem in the
 * input is reported in one {@link MethodBankException}, each with file, line, column and
 * JSON pointer.
 *
 * <p>Immutable and thread-safe: build one and use it for any number of loads.
 *
 * <pre>{@code
 * BankReader reader = BankReader.builder()
 *         .lenient(true)                       // unknown fields become warnings
 *         .onWarning(w -> log.warn(w.toString()))
 *         .limits(Limits.builder().maxMethods(500).build())
 *         .build();
 * MethodBank bank = reader.read(Path.of("bank.json"));
 * }</pre>
 */
public final class BankReader {

    private final boolean lenient;
    private final Limits limits;
    private final Consumer<Problem> onWarning;
    private final BankLoader loader;

    private BankReader(Builder b) {
        this.lenient = b.lenient;
        this.limits = b.limits;
        this.onWarning = b.onWarning;
        this.loader = new BankLoader(limits, lenient, onWarning);
    }

    /** A reader with the defaults: strict, default limits, warnings ignored. */
    public static BankReader standard() {
        return builder().build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a bank file, or a bank directory holding {@code bank.json} and
     * {@code methods/*.json} (one method per file, in file-name order, after any methods
     * in {@code bank.json}).
     */
    public MethodBank read(Path file) throws MethodBankException {
        Objects.requireNonNull(file, "file");
        return loader.load(file);
    }

    /** Reads a bank from UTF-8 bytes; {@code name} names the input in problem reports. The stream is not closed. */
    public MethodBank read(InputStream in, String name) throws MethodBankException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return loader.load(in, name);
    }

    /** Reads a bank from characters; {@code name} names the input in problem reports. The reader is not closed. */
    public MethodBank read(Reader in, String name) throws MethodBankException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return loader.load(in, name);
    }

    /** Whether unknown fields are warnings rather than errors. */
    public boolean isLenient() {
        return lenient;
    }

    /** The limits in force. */
    public Limits getLimits() {
        return limits;
    }

    /** Configures a {@link BankReader}. Not thread-safe; the reader it builds is. */
    public static final class Builder {
        private boolean lenient;
        private Limits limits = Limits.defaults();
        private Consumer<Problem> onWarning = w -> { };

        private Builder() {}

        /** Unknown fields become warnings instead of errors (default false: strict). */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** Limits against hostile input. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Receives each warning of a successful load (it must be thread-safe if the reader is shared). */
        public Builder onWarning(Consumer<Problem> onWarning) {
            this.onWarning = Objects.requireNonNull(onWarning, "onWarning");
            return this;
        }

        /** The reader. */
        public BankReader build() {
            return new BankReader(this);
        }
    }
}
