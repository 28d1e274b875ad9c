package io.github.methodbank.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files of a bank: only regular files (after following links), only through links that
 * stay inside the bank's directory, and never more bytes than a limit, counted while reading (a
 * device or {@code /proc} file reports a size of 0). A named pipe, device or socket is refused
 * before it is opened, so reading never blocks on one. Messages never quote a file's content.
 * Not API.
 *
 * <p>What is left: a file swapped for a named pipe between the check and the open (by someone who
 * can write into the bank's directory at that moment) still blocks the open; Java cannot open
 * without blocking.
 */
public final class SafeFiles {
    private SafeFiles() {}

    /** A file that is not a regular file inside the bank, or too large; the message is a sentence part. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        /** True when the file was refused for its size alone. */
        public boolean isTooLarge() {
            return tooLarge;
        }
    }

    /** What {@link #problem(Path, Path)} says of a file that does not exist. */
    public static final String NO_SUCH_FILE = "there is no such file";

    /**
     * Why {@code file} cannot be read as a regular file of the bank, or null when it can.
     *
     * @param root the bank's directory as a real path (links resolved): the file, after following
     *     links, must lie inside it; null when the file may be anywhere (a file the user named)
     */
    public static String problem(Path file, Path root) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return NO_SUCH_FILE;
        } catch (IOException e) {
            return "it cannot be read (" + reason(e) + ")";
        }
        BasicFileAttributes attrs = own;
        if (own.isSymbolicLink()) {
            Path real;
            try {
                real = file.toRealPath();
                attrs = Files.readAttributes(real, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return "it is a link to a file that does not exist";
            } catch (IOException e) {
                return "it is a link that cannot be followed (" + reason(e) + ")";
            }
            if (root != null && !real.startsWith(root)) {
                return "it is a link that leads outside the bank's directory; keep the bank's files inside it";
            }
        } else if (root != null) {
            // a directory on the way may itself be a link out of the bank
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(root)) {
                    return "it lies (through a link) outside the bank's directory; keep the bank's files inside it";
                }
            } catch (IOException e) {
                return "it cannot be read (" + reason(e) + ")";
            }
        }
        if (attrs.isRegularFile()) {
            return null;
        }
        return "it is " + kind(file, attrs) + ", not a regular file";
    }

    /** Why a file or directory lies outside {@code root} after following links, or null when it lies inside. */
    public static String insideProblem(Path file, Path root) {
        try {
            if (!file.toRealPath().startsWith(root)) {
                return "it is a link that leads outside the bank's directory; keep the bank's files inside it";
            }
            return null;
        } catch (IOException e) {
            return "it cannot be read (" + reason(e) + ")";
        }
    }

    /** "a directory", "a named pipe (FIFO)", "a character device" …, for a file that is not regular (links followed). */
    public static String kind(Path file) {
        try {
            return kind(file, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return "a file that cannot be read";
        }
    }

    static String kind(Path file, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a directory";
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // no unix view here: say what is certain
        }
        return "a special file (a pipe, device or socket)";
    }

    /**
     * The bytes of a regular file, at most {@code maxBytes}.
     *
     * @param root as in {@link #problem(Path, Path)}
     * @throws Refused when the file is not a regular file inside {@code root}, or is larger than
     *     {@code maxBytes}
     * @throws IOException when reading fails
     */
    public static byte[] read(Path file, Path root, long maxBytes) throws IOException {
        try (InputStream in = open(file, root)) {
            return readAtMost(in, maxBytes);
        }
    }

    /** Opens a regular file after the checks of {@link #problem(Path, Path)}; the caller closes it. */
    public static InputStream open(Path file, Path root) throws IOException {
        String problem = problem(file, root);
        if (problem != null) {
            throw new Refused(problem, false);
        }
        return Files.newInputStream(file);
    }

    /** At most {@code maxBytes} bytes of a stream, counted as they are read; more is a {@link Refused}. */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            throw new Refused("it is larger than the limit of " + maxBytes + " bytes", true);
        }
        return bytes;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
