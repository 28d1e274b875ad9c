package io.github.methodbank.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * The output file: written to a temporary file beside it and moved into place, so a failure
 * leaves no partial file and an existing file untouched. Never overwrites without --force.
 */
final class Output {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The file to write; '-' writes to standard output.")
    String output;

    @Option(names = {"-f", "--force"}, description = "Overwrite FILE if it exists.")
    boolean force;

    /** Something that writes the whole output to a stream. */
    interface Writer {
        void write(OutputStream out) throws Exception;
    }

    boolean toStdout() {
        return "-".equals(output);
    }

    /**
     * Writes through a temporary file and publishes it; returns the final path (null for stdout).
     * Only a regular file is ever replaced, and only with --force; without it nothing is replaced,
     * not even a file that appears at the target while the export runs: the temporary file is
     * published with a hard link, which fails when the target exists. The temporary file is
     * removed on failure, and on SIGTERM or SIGINT too.
     */
    Path write(Writer writer) throws Exception {
        if (toStdout()) {
            // System.out swallows write errors; write to the descriptor itself so a full disk or a
            // closed pipe is reported
            OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            writer.write(new NonClosing(out));
            out.flush();
            return null;
        }
        Path target = Path.of(output).toAbsolutePath().normalize();
        String shown = Terminal.escape(output);
        checkTarget(target, shown);
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new UserError("the directory " + Terminal.escape(dir.toString()) + " does not exist");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserError("cannot write " + shown + ": " + reason(e), e);
        }
        PENDING.add(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            } catch (IOException e) {
                throw new UserError("cannot write " + shown + ": " + reason(e), e);
            }
            permissions(tmp, target);
            try {
                if (force) {
                    checkTarget(target, shown); // once more: something else may have appeared meanwhile
                    try {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else {
                    publishWithoutReplacing(tmp, target);
                }
            } catch (FileAlreadyExistsException e) {
                throw new UserError(shown + " appeared while writing and was left as it is; use --force to overwrite it");
            } catch (IOException e) {
                throw new UserError("cannot write " + shown + ": " + reason(e), e);
            }
            return target;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named .*.part; nothing more can be done here
            }
            PENDING.remove(tmp);
        }
    }

    /** Refuses a target that is a directory, exists without --force, or is anything but a regular file. */
    private void checkTarget(Path target, String shown) {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new UserError("cannot write " + shown + ": " + reason(e), e);
        }
        if (attrs.isDirectory()) {
            throw new UserError(shown + " is a directory; give a file name");
        }
        if (!force) {
            throw new UserError(shown + " exists; use --force to overwrite it");
        }
        if (attrs.isSymbolicLink()) {
            throw new UserError(shown + " is a symbolic link; methodbank replaces only regular files, so give the"
                    + " path of the file itself");
        }
        if (!attrs.isRegularFile()) {
            throw new UserError(shown + " is not a regular file (a device, pipe or socket); methodbank replaces only"
                    + " regular files (write to standard output with -o -)");
        }
    }

    /**
     * Publishes {@code tmp} at {@code target} only if nothing is there: a hard link fails when the
     * target exists, atomically (a rename would replace it). Where the file system has no hard
     * links, the bytes are copied into a file created exclusively (O_EXCL).
     */
    static void publishWithoutReplacing(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.FileSystemException fse && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(fse.getFile());
            }
            Files.copy(tmp, target, java.nio.file.LinkOption.NOFOLLOW_LINKS); // no REPLACE_EXISTING: created exclusively
        }
    }

    /** Temporary files being written, removed by a shutdown hook when the JVM is stopped by a signal. */
    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : PENDING) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // best effort while the JVM stops
                    }
                }
            }, "methodbank-cleanup"));
        } catch (IllegalStateException | SecurityException e) {
            // shutting down already, or not allowed: the finally blocks still clean up
        }
    }

    /** What went wrong with a file, in words. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A temporary file is private (rw-------); the result gets the permissions of the file it
     * replaces, or rw-r--r-- like a file the user's shell would create.
     */
    private static void permissions(Path tmp, Path target) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.isRegularFile(target,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
