package io.github.methodbank.core;

import io.github.methodbank.core.internal.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Files that belong to a bank, such as method images, opened by their path relative to the
 * bank. A bank loaded from a file reads them from the file's directory (never outside it);
 * the bundled sample reads them from the class path. Implementations are thread-safe.
 */
@FunctionalInterface
public interface BankResources {

    /**
     * Opens the resource; the caller closes the stream.
     *
     * @param relativePath a path relative to the bank, {@code /}-separated
     * @throws NoSuchFileException when there is no such resource
     * @throws IOException when it cannot be read or lies outside the bank
     */
    InputStream open(String relativePath) throws IOException;

    /**
     * Resources in a directory: regular files only, never a path that leads outside it (also
     * through links). A named pipe, device or socket is refused before it is opened, so reading
     * never blocks on one.
     */
    static BankResources directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path dir = directory.toAbsolutePath().normalize();
        return relativePath -> {
            String problem = ImagePaths.locationProblem(relativePath);
            if (problem != null) {
                throw new IOException(problem);
            }
            Path file = dir.resolve(relativePath).normalize();
            if (!file.startsWith(dir)) {
                throw new IOException("'" + relativePath + "' lies outside the bank's directory " + dir);
            }
            String refused = SafeFiles.problem(file, dir.toRealPath());
            if (SafeFiles.NO_SUCH_FILE.equals(refused)) {
                throw new NoSuchFileException(relativePath);
            }
            if (refused != null) {
                throw new IOException("'" + relativePath + "' cannot be read: " + refused);
            }
            return Files.newInputStream(file);
        };
    }

    /** Resources on the class path under {@code prefix} (such as {@code "/io/github/x/"}). */
    static BankResources classpath(Class<?> anchor, String prefix) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(prefix, "prefix");
        return relativePath -> {
            String problem = ImagePaths.locationProblem(relativePath);
            if (problem != null) {
                throw new IOException(problem);
            }
            InputStream in = anchor.getResourceAsStream(prefix + relativePath);
            if (in == null) {
                throw new NoSuchFileException(prefix + relativePath);
            }
            return in;
        };
    }
}
