package io.github.methodbank.cli;

import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the site command's output without ever leaving half of it: a directory is built in a
 * hidden sibling and renamed into place when complete (with --force, a site written before is
 * moved aside first and removed after); a .zip goes to a hidden temporary file first. --force
 * replaces only a directory that holds a site (its index.html and assets/search.js), never any other.
 */
final class SiteOutput {

    /** Writes the whole site into a directory. */
    interface DirectoryWriter {
        void write(Path directory) throws Exception;
    }

    /** Writes the whole output to a stream. */
    interface StreamWriter {
        void write(OutputStream out) throws Exception;
    }

    private SiteOutput() {}

    static Path writeDirectory(String output, boolean force, DirectoryWriter writer) throws Exception {
        Path target = Path.of(output).toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError("the directory " + parent + " does not exist");
        }
        boolean exists = Files.exists(target);
        if (exists && !Files.isDirectory(target)) {
            throw new UserError(output + " is a file; give a directory, or a name ending in .zip");
        }
        boolean empty = exists && isEmpty(target);
        if (exists && !empty) {
            if (!force) {
                throw new UserError(output + " exists; use --force to replace it");
            }
            if (!Files.isRegularFile(target.resolve("index.html")) || !Files.isRegularFile(target.resolve("assets/search.js"))) {
                throw new UserError(output + " is not a site written by methodbank; --force replaces only such a"
                        + " directory: remove it yourself or choose another");
            }
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
            setPermissions(tmp, "rwxr-xr-x");
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + Output.reason(e), e);
        }
        Path old = null;
        try {
            writer.write(tmp);
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (!p.equals(tmp)) {
                        setPermissions(p, Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
                    }
                }
            }
            try {
                if (exists && !empty) {
                    old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                    Files.delete(old);
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } else if (empty) {
                    Files.delete(target);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                throw new UserError(output + " appeared while writing; use --force to replace it");
            } catch (AtomicMoveNotSupportedException e) {
                throw new UserError("cannot move the site into " + output + ": " + Output.reason(e), e);
            } catch (IOException e) {
                if (old != null && !Files.exists(target) && Files.exists(old)) {
                    Files.move(old, target); // put the old site back
                    old = null;
                }
                throw new UserError("cannot write " + output + ": " + Output.reason(e), e);
            }
            return target;
        } finally {
            deleteTree(tmp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    static Path writeFile(String output, boolean force, StreamWriter writer) throws Exception {
        Path target = Path.of(output).toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError("the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UserError(output + " is a directory; give a file name");
        }
        if (Files.exists(target) && !force) {
            throw new UserError(output + " exists; use --force to overwrite it");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + Output.reason(e), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + Output.reason(e), e);
            }
            setPermissions(tmp, "rw-r--r--");
            try {
                if (force) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (FileAlreadyExistsException e) {
                throw new UserError(output + " appeared while writing; use --force to overwrite it");
            } catch (IOException e) {
                throw new UserError("cannot write " + output + ": " + Output.reason(e), e);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A site format other than the built-in one: its archive unpacked into the directory. */
    static void unzip(Exporter exporter, ExportJob job, Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.export(job, bytes);
        Path root = dir.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path file = root.resolve(e.getName()).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new UserError("the site's archive holds " + e.getName() + ", which lies outside the site");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void setPermissions(Path p, String perms) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a hidden leftover (.NAME.*) is all that can remain
        }
    }
}
