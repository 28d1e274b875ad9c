package io.github.methodbank.core.internal.json;

import io.github.methodbank.core.BankResources;
import io.github.methodbank.core.Limits;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.Problem.Severity;
import io.github.methodbank.core.internal.BankRules;
import io.github.methodbank.core.internal.SafeFiles;
import io.github.methodbank.core.internal.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads banks from files, directories, streams and readers, and runs the bank-wide rules (unique ids
 * across files, phase references, images) on what bound cleanly. Thread-safe. Not API.
 *
 * <p>(Over 500 lines: reading every kind of source with its limits, and locating every bank-wide
 * problem back in the file it came from, belong together; the value readers are in
 * {@link LocatedValues}, the model mapping in {@link Binder}, the file checks in {@code SafeFiles}.)
 */
public final class BankLoader {

    private final Limits limits;
    private final boolean lenient;
    private final Consumer<Problem> warnings;
    private final TreeReader treeReader;

    /** A loader with these settings. */
    public BankLoader(Limits limits, boolean lenient, Consumer<Problem> warnings) {
        this.limits = limits;
        this.lenient = lenient;
        this.warnings = warnings;
        this.treeReader = new TreeReader(limits);
    }

    /** A method bound from a file, with where it came from. */
    private record Located(Method method, Binder binder, Node node) {}

    /** A path bound from the bank file, with where it came from. */
    private record LocatedPath(Pathway path, Binder binder, Node node) {}

    /** What the bank object's header said. */
    private static final class Header {
        final MethodBank.Builder builder = MethodBank.builder();
        String language = "en";
    }

    /**
     * Loads a bank file, or a bank directory ({@code bank.json} plus {@code methods/*.json}). A
     * file the caller names may be a link to anywhere; the files of a directory bank, and every
     * image, must be regular files inside the bank's directory (links included).
     */
    public MethodBank load(Path file) throws MethodBankException {
        Problems problems = new Problems(limits.getMaxProblems());
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return loadDirectory(file, problems);
        }
        String text = readFile(file, null, name, problems);
        if (text == null) {
            throw fail(problems);
        }
        Path dir = file.toAbsolutePath().getParent();
        return bind(text, name, Optional.ofNullable(dir), problems);
    }

    /** Loads a bank from UTF-8 bytes; {@code name} is used in problem reports. */
    public MethodBank load(InputStream in, String name) throws MethodBankException {
        Problems problems = new Problems(limits.getMaxProblems());
        byte[] bytes;
        try {
            bytes = SafeFiles.readAtMost(in, limits.getMaxFileBytes());
        } catch (SafeFiles.Refused e) {
            problems.add(tooLarge(name));
            throw fail(problems);
        } catch (IOException e) {
            throw new MethodBankException(Problem.of(Severity.ERROR, name, 0, 0, "",
                    "could not read the bank: " + e.getMessage(), null), e);
        }
        String text = decode(bytes, name, problems);
        if (text == null) {
            throw fail(problems);
        }
        return bind(text, name, Optional.empty(), problems);
    }

    /** Loads a bank from characters; {@code name} is used in problem reports. */
    public MethodBank load(Reader reader, String name) throws MethodBankException {
        Problems problems = new Problems(limits.getMaxProblems());
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = reader.read(buf)) >= 0) {
                sb.append(buf, 0, n);
                if (sb.length() > limits.getMaxFileBytes()) {
                    problems.add(tooLarge(name));
                    throw fail(problems);
                }
            }
        } catch (IOException e) {
            throw new MethodBankException(Problem.of(Severity.ERROR, name, 0, 0, "",
                    "could not read the bank: " + e.getMessage(), null), e);
        }
        return bind(sb.toString(), name, Optional.empty(), problems);
    }

    private Problem tooLarge(String name) {
        return Problem.of(Severity.ERROR, name, 0, 0, "", "the file is larger than the limit of "
                + limits.getMaxFileBytes() + " bytes (raise Limits.maxFileBytes if this is intended)", null);
    }

    /**
     * The text of a regular file (links followed, inside {@code root} unless it is null), counted
     * as it is read; null after reporting.
     */
    private String readFile(Path file, Path root, String name, Problems problems) {
        try {
            return decode(SafeFiles.read(file, root, limits.getMaxFileBytes()), name, problems);
        } catch (SafeFiles.Refused e) {
            problems.add(e.isTooLarge() ? tooLarge(name) : Problem.of(Severity.ERROR, name, 0, 0, "",
                    e.getMessage() + (e.getMessage().endsWith("not a regular file")
                            ? "; a bank is read only from regular files" : ""), null));
        } catch (IOException e) {
            problems.add(Problem.of(Severity.ERROR, name, 0, 0, "", "could not read the file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null));
        }
        return null;
    }

    /** Strict UTF-8 decoding; a bad byte is reported with its line and column. */
    static String decode(byte[] bytes, String name, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
            int line = 1;
            int col = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            problems.add(Problem.of(Severity.ERROR, name, line, col, "", "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad
                    + "); save it as UTF-8", null));
            return null;
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            // flush of UTF-8 never fails; keep the decoded text
        }
        out.flip();
        return out.toString();
    }

    /** What the bank object of a file said, before the bank-wide rules. */
    private record Parsed(Header header, List<LocatedPath> paths, List<Located> methods, Node.Obj object, Binder binder) {}

    /** Parses and binds a bank object; throws when the file is not a JSON object at all. */
    private Parsed parse(String text, String name, Problems problems, boolean methodsRequired)
            throws MethodBankException {
        Node root = treeReader.read(text, name, problems);
        if (root == null) {
            throw fail(problems);
        }
        Binder binder = new Binder(name, lenient, limits, problems);
        Node.Obj o = binder.object(root, "a method bank");
        if (o == null) {
            throw fail(problems);
        }
        Header header = header(o, binder);
        List<LocatedPath> paths = paths(o, binder);
        List<Located> methods = new ArrayList<>();
        Node methodsNode = o.members.get("methods");
        if (methodsNode != null) {
            methods(methodsNode, binder, methods);
        } else if (methodsRequired) {
            binder.report(o, "a method bank needs the field 'methods' (a list, may be empty)", null);
        }
        return new Parsed(header, paths, methods, o, binder);
    }

    private MethodBank bind(String text, String name, Optional<Path> dir, Problems problems)
            throws MethodBankException {
        Parsed p = parse(text, name, problems, true);
        return finish(p.header(), p.paths(), p.methods(), dir, name, problems);
    }

    private MethodBank loadDirectory(Path dir, Problems problems) throws MethodBankException {
        Path realDir;
        try {
            realDir = dir.toRealPath();
        } catch (IOException e) {
            problems.add(Problem.of(Severity.ERROR, dir.toString(), 0, 0, "", "the bank's directory cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null));
            throw fail(problems);
        }
        Path bankFile = dir.resolve("bank.json");
        String name = bankFile.toString();
        String text = readFile(bankFile, realDir, name, problems);
        if (text == null) {
            throw fail(problems);
        }
        Parsed parsed = parse(text, name, problems, false);
        Header b = parsed.header();
        List<LocatedPath> paths = parsed.paths();
        List<Located> methods = parsed.methods();
        Path methodDir = dir.resolve("methods");
        List<Path> files = methodFiles(methodDir, realDir, methods.size(), problems);
        for (Path f : files) {
            String fname = f.toString();
            String ftext = readFile(f, realDir, fname, problems);
            if (ftext == null) {
                continue;
            }
            Node mroot = treeReader.read(ftext, fname, problems);
            if (mroot == null) {
                continue;
            }
            Binder mb = new Binder(fname, lenient, limits, problems);
            mb.defaultLanguage(b.language);
            Method m = mb.method(mroot);
            methods.add(new Located(m, mb, mroot));
        }
        return finish(b, paths, methods, Optional.of(dir.toAbsolutePath()), name, problems);
    }

    /**
     * The method files of a directory bank in name order. Every entry that looks like a method
     * file ({@code *.json} in any letter case) is one: what cannot be read as one (a link out of the
     * bank, a directory, a pipe, a name in upper case) is reported, never silently skipped.
     */
    private List<Path> methodFiles(Path methodDir, Path realDir, int inBankFile, Problems problems)
            throws MethodBankException {
        List<Path> files = new ArrayList<>();
        java.nio.file.attribute.BasicFileAttributes own;
        try {
            own = Files.readAttributes(methodDir, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return files; // a bank may keep all its methods in bank.json
        } catch (IOException e) {
            own = null;
        }
        String problem = null;
        if (own == null || !Files.isDirectory(methodDir)) {
            problem = own == null ? "it cannot be read" : own.isRegularFile() ? "it is a file, not a directory"
                    : own.isSymbolicLink() ? "it is a link that leads to no directory"
                    : "it is " + SafeFiles.kind(methodDir) + ", not a directory";
        } else {
            problem = SafeFiles.insideProblem(methodDir, realDir);
        }
        if (problem != null) {
            problems.add(Problem.of(Severity.ERROR, methodDir.toString(), 0, 0, "", problem
                    + "; a directory bank keeps its method files in a directory named methods, inside the bank", null));
            return files;
        }
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(methodDir)) {
            for (Path f : entries) {
                String fileName = f.getFileName().toString();
                if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    continue;
                }
                if (!fileName.endsWith(".json")) {
                    problems.add(Problem.of(Severity.ERROR, f.toString(), 0, 0, "", "a method file's name must end in "
                            + ".json in lower case; rename it to " + fileName.substring(0, fileName.length() - 5)
                            + ".json", null));
                    continue;
                }
                files.add(f);
                if (inBankFile + files.size() > limits.getMaxMethods()) {
                    problems.add(Problem.of(Severity.ERROR, methodDir.toString(), 0, 0, "", "the bank has more than "
                            + limits.getMaxMethods() + " methods, the limit (raise Limits.maxMethods if this is intended)",
                            null));
                    throw fail(problems);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            problems.add(Problem.of(Severity.ERROR, methodDir.toString(), 0, 0, "",
                    "could not list the method files: " + e.getMessage(), null));
            throw fail(problems);
        }
        files.sort(null);
        return files;
    }

    private Header header(Node.Obj o, Binder binder) {
        binder.fields(o, Binder.BANK_FIELDS, "a method bank");
        Header h = new Header();
        MethodBank.Builder b = h.builder;
        Node version = o.members.get("formatVersion");
        if (version == null) {
            binder.report(o, "a method bank needs the field 'formatVersion' (write \"formatVersion\": 1)", null);
        } else {
            Integer v = binder.integer(version, "formatVersion", 0);
            if (v != null && v != MethodBank.FORMAT_VERSION) {
                binder.report(version, "formatVersion " + v + " is not supported; this version of methodbank reads "
                        + "formatVersion " + MethodBank.FORMAT_VERSION, null);
            }
        }
        Node lang = o.members.get("defaultLanguage");
        String language = "en";
        if (lang != null) {
            String l = binder.languageTag(lang, "defaultLanguage");
            if (l != null) {
                language = l;
            }
        }
        b.defaultLanguage(language);
        h.language = language;
        binder.defaultLanguage(language);
        Node id = o.members.get("id");
        if (id != null) {
            String v = binder.slug(id, "bank id");
            if (v != null) {
                b.id(v);
            }
        }
        Node title = o.members.get("title");
        if (title != null) {
            LocalizedText t = binder.localized(title, "the bank title", false);
            if (t != null) {
                b.title(t);
            }
        }
        Node license = o.members.get("license");
        if (license != null) {
            String l = binder.nonBlank(license, "the bank's licence", false);
            if (l != null) {
                b.license(l);
            }
        }
        Node sources = o.members.get("sources");
        if (sources != null) {
            LocalizedText t = binder.rich(sources, "the bank's sources");
            if (t != null) {
                b.sources(t);
            }
        }
        return h;
    }

    private List<LocatedPath> paths(Node.Obj o, Binder binder) {
        Node pathsNode = o.members.get("paths");
        List<LocatedPath> paths = new ArrayList<>();
        if (pathsNode == null) {
            binder.report(o, "a method bank needs the field 'paths' (a list, may be empty)", null);
            return paths;
        }
        List<Node> nodes = binder.array(pathsNode, "the paths", limits.getMaxPhases(), "maxPhases");
        if (nodes != null) {
            for (Node n : nodes) {
                paths.add(new LocatedPath(binder.path(n), binder, n));
            }
        }
        return paths;
    }

    private void methods(Node methodsNode, Binder binder, List<Located> out) {
        List<Node> nodes = binder.array(methodsNode, "the methods", limits.getMaxMethods(), "maxMethods");
        if (nodes == null) {
            return;
        }
        for (Node n : nodes) {
            out.add(new Located(binder.method(n), binder, n));
        }
    }

    private MethodBank finish(Header h, List<LocatedPath> paths, List<Located> methods,
            Optional<Path> dir, String name, Problems problems) throws MethodBankException {
        // Bank-wide rules run only on the parts that bound cleanly, so one mistake is not reported twice.
        List<LocatedPath> goodPaths = paths.stream().filter(p -> p.path() != null).collect(Collectors.toList());
        List<Located> goodMethods = methods.stream().filter(l -> l.method() != null).collect(Collectors.toList());
        boolean pathsComplete = goodPaths.size() == paths.size();
        // Duplicate ids are checked on every entry with a readable id, even one with other mistakes.
        for (Violation v : BankRules.duplicates("path", "/paths/", paths.stream()
                .map(p -> p.path() != null ? p.path().getId() : rawId(p.node())).collect(Collectors.toList()))) {
            int[] ij = indexes(v);
            LocatedPath dup = paths.get(ij[0]);
            LocatedPath first = paths.get(ij[1]);
            dup.binder().report(resolve(dup.node(), "/id"), firstAt(v, first.binder(), first.node()), null);
        }
        for (Violation v : BankRules.duplicates("method", "/methods/", methods.stream()
                .map(l -> l.method() != null ? l.method().getId() : rawId(l.node())).collect(Collectors.toList()))) {
            int[] ij = indexes(v);
            Located dup = methods.get(ij[0]);
            Located first = methods.get(ij[1]);
            dup.binder().report(resolve(dup.node(), "/id"), firstAt(v, first.binder(), first.node()), null);
        }
        if (pathsComplete) { // a broken path would make every reference to it look unknown
            BankRules.PhaseIndex index = new BankRules.PhaseIndex(goodPaths.stream().map(LocatedPath::path)
                    .collect(Collectors.toList()));
            for (Located l : goodMethods) {
                List<PhaseRef> refs = l.method().getPhases();
                for (int j = 0; j < refs.size(); j++) {
                    PhaseRef r = refs.get(j);
                    if (index.contains(r)) {
                        continue;
                    }
                    if (problems.full()) { // counted only: no message, no suggestion
                        problems.countError();
                    } else {
                        l.binder().report(resolve(l.node(), "/phases/" + j), index.message(r), index.suggestion(r).orElse(null));
                    }
                }
            }
        }
        dir.ifPresent(d -> checkImages(d, goodMethods));
        if (problems.errors() > 0) {
            throw fail(problems);
        }
        problems.kept().forEach(warnings);
        if (problems.unlistedWarnings() > 0) {
            warnings.accept(Problem.of(Severity.WARNING, name, 0, 0, "", "\u2026 and " + problems.unlistedWarnings()
                    + " more warnings (only the first " + problems.max() + " found are listed)", null));
        }
        MethodBank.Builder b = h.builder;
        b.paths(goodPaths.stream().map(LocatedPath::path).collect(Collectors.toList()));
        b.methods(goodMethods.stream().map(Located::method).collect(Collectors.toList()));
        dir.ifPresent(d -> b.resources(BankResources.directory(d)));
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Every rule is checked above; reaching this means the loader and the model disagree.
            throw new MethodBankException(Problem.of(Severity.ERROR, "bank", 0, 0, "", String.valueOf(e.getMessage()),
                    null), e);
        }
    }

    private static final java.util.regex.Pattern FIRST_AT =
            java.util.regex.Pattern.compile("/(?:methods|paths)/(\\d+)/id \\(first at /(?:methods|paths)/(\\d+)/id\\)");

    /** [duplicate index, first index] of a duplicate-id violation. */
    private static int[] indexes(Violation v) {
        java.util.regex.Matcher m = FIRST_AT.matcher(v.pointer() + " " + v.message().substring(v.message().indexOf('(')));
        if (!m.find()) {
            throw new IllegalStateException("unexpected violation " + v);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String firstAt(Violation v, Binder firstBinder, Node firstNode) {
        Node id = resolve(firstNode, "/id");
        String msg = v.message();
        return msg.substring(0, msg.indexOf(" (first at ")) + " (first at " + firstBinder.source() + ":" + id.line + ":"
                + id.column + ")";
    }

    private static String rawId(Node node) {
        if (node instanceof Node.Obj o && o.members.get("id") instanceof Node.Str s
                && io.github.methodbank.core.internal.Syntax.isSlug(s.value)) {
            return s.value;
        }
        return null;
    }

    /** Walks a pointer relative to a node; stops at the deepest node that exists. */
    static Node resolve(Node from, String relative) {
        Node cur = from;
        if (relative.isEmpty()) {
            return cur;
        }
        for (String raw : relative.substring(1).split("/")) {
            String seg = raw.replace("~1", "/").replace("~0", "~");
            if (cur instanceof Node.Obj o && o.members.containsKey(seg)) {
                cur = o.members.get(seg);
            } else if (cur instanceof Node.Arr a && !seg.isEmpty() && seg.length() < 10 && seg.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(seg) < a.elements.size()) {
                cur = a.elements.get(Integer.parseInt(seg));
            } else {
                break;
            }
        }
        return cur;
    }

    /** Every image must be a regular file inside the bank's directory (also through links). */
    private void checkImages(Path dir, List<Located> methods) {
        Path realDir;
        try {
            realDir = dir.toRealPath();
        } catch (IOException e) {
            for (Located l : methods) {
                if (l.method().getImage().isPresent()) {
                    l.binder().report(resolve(l.node(), "/image"), "the bank's directory " + dir
                            + " cannot be resolved, so the image cannot be checked: " + e.getMessage(), null);
                }
            }
            return;
        }
        for (Located l : methods) {
            Optional<String> image = l.method().getImage();
            if (image.isEmpty()) {
                continue;
            }
            Node at = resolve(l.node(), "/image");
            String problem = SafeFiles.problem(dir.resolve(image.get()).normalize(), realDir);
            if (problem == null) {
                continue;
            }
            if (problem.equals(SafeFiles.NO_SUCH_FILE)) {
                l.binder().report(at, "the image file '" + image.get() + "' does not exist in " + dir, null);
            } else if (problem.contains("outside the bank's directory")) {
                l.binder().report(at, "the image '" + image.get() + "' leads outside the bank's directory "
                        + "(through a link); keep images inside it", null);
            } else {
                l.binder().report(at, "the image '" + image.get() + "' cannot be used: " + problem, null);
            }
        }
    }

    private static MethodBankException fail(Problems problems) {
        List<Problem> sorted = new ArrayList<>(problems.kept());
        sorted.sort(java.util.Comparator.comparing(Problem::getSource).thenComparingInt(Problem::getLine)
                .thenComparingInt(Problem::getColumn));
        return new MethodBankException(sorted, problems.unlistedErrors());
    }
}
