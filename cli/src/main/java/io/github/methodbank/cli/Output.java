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

    /** Writes through a temporary file and moves it into place; returns the final path (null for stdout). */
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
        if (Files.isDirectory(target)) {
            throw new UserError(output + " is a directory; give a file name");
        }
        if (Files.exists(target) && !force) {
            throw new UserError(output + " exists; use --force to overwrite it");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new UserError("the directory " + dir + " does not exist");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + reason(e), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + reason(e), e);
            }
            permissions(tmp, target);
            try {
                if (force) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (AtomicMoveNotSupportedException e) {
                if (force) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, target);
                }
            } catch (FileAlreadyExistsException e) {
                throw new UserError(output + " appeared while writing; use --force to overwrite it");
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + reason(e), e);
            }
            return target;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named .*.part; nothing more can be done here
            }
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
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
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
