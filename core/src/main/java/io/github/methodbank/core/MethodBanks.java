package io.github.methodbank.core;

import io.github.methodbank.core.internal.json.BankWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Loading and writing method banks with the default, strict settings. For lenient mode,
 * other limits or warnings, use {@link BankReader}.
 *
 * <pre>{@code
 * MethodBank bank = MethodBanks.load(Path.of("bank.json"));
 * MethodBank sample = MethodBanks.loadSample();
 * String json = MethodBanks.toJson(bank);
 * }</pre>
 */
public final class MethodBanks {

    private static final String SAMPLE_DIR = "/io/github/methodbank/core/sample/";

    private MethodBanks() {}

    /** Loads a bank file or bank directory. */
    public static MethodBank load(Path file) throws MethodBankException {
        return BankReader.standard().read(file);
    }

    /** Loads a bank from UTF-8 bytes; {@code name} names it in problem reports. The stream is not closed. */
    public static MethodBank load(InputStream in, String name) throws MethodBankException {
        return BankReader.standard().read(in, name);
    }

    /** Loads a bank from characters; {@code name} names it in problem reports. The reader is not closed. */
    public static MethodBank load(Reader in, String name) throws MethodBankException {
        return BankReader.standard().read(in, name);
    }

    /**
     * The bundled sample bank: the two paths of the Finnish seed card (in fi, sv and en) and
     * a handful of methods that use every field of the format.
     */
    public static MethodBank loadSample() {
        return Sample.BANK;
    }

    /** Writes the bank as UTF-8 JSON; the stream is flushed, not closed. */
    public static void write(MethodBank bank, OutputStream out) throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(out, "out");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        BankWriter.write(bank, w);
        w.flush();
    }

    /** Writes the bank as JSON; the writer is flushed, not closed. */
    public static void write(MethodBank bank, Writer out) throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(out, "out");
        BankWriter.write(bank, out);
        out.flush();
    }

    /**
     * Writes the bank to a file atomically: a temporary file in the same directory is moved
     * into place, so a failure never leaves a half-written bank. Only a regular file is replaced:
     * a device, pipe, socket, directory or link at {@code file} is an {@link IOException}.
     */
    public static void write(MethodBank bank, Path file) throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(file, "file");
        refuseIrregular(file);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(bank, out);
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? Files.getPosixFilePermissions(file)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults apply
            }
            refuseIrregular(file); // once more: something else may have appeared meanwhile
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void refuseIrregular(Path file) throws IOException {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file (a directory, link, device, pipe or socket);"
                    + " only a regular file is replaced");
        }
    }

    /** The bank as a JSON string. */
    public static String toJson(MethodBank bank) {
        StringWriter w = new StringWriter();
        try {
            write(bank, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The published JSON Schema (draft 2020-12) of the bank format; the caller closes the stream. */
    public static InputStream openSchema() {
        InputStream in = MethodBanks.class.getResourceAsStream("methodbank.schema.json");
        if (in == null) {
            throw new IllegalStateException("the JSON Schema is missing from the methodbank-core jar");
        }
        return in;
    }

    /** The stable {@code $id} of the published JSON Schema. */
    public static final String SCHEMA_ID = "https://methodbank.github.io/schema/methodbank-1.schema.json";

    /** Holder: the sample is parsed once, on first use. */
    private static final class Sample {
        static final MethodBank BANK = read();

        private static MethodBank read() {
            try (InputStream in = MethodBanks.class.getResourceAsStream(SAMPLE_DIR + "bank.json")) {
                if (in == null) {
                    throw new IllegalStateException("the sample bank is missing from the methodbank-core jar");
                }
                MethodBank bank = load(in, "sample/bank.json");
                return MethodBank.builder().from(bank)
                        .resources(BankResources.classpath(MethodBanks.class, SAMPLE_DIR)).build();
            } catch (IOException | MethodBankException e) {
                throw new IllegalStateException("the bundled sample bank does not load: " + e.getMessage(), e);
            }
        }
    }
}
