package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The licence files of methodbank.jar, checked against the jars it was made from: every jar on the
 * test class path whose content went into methodbank.jar is a bundled library, and its NOTICE text,
 * its licence files and the licence its POM declares must all be carried.
 */
class LicenceFilesIT {

    private static final Pattern NOTICE = Pattern.compile("META-INF/NOTICE(\\.txt|\\.md)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENCE_FILE =
            Pattern.compile("META-INF/([^/]*-)?(LICENSE|NOTICE)[^/]*", Pattern.CASE_INSENSITIVE);

    static ZipFile shaded;
    static Set<String> shadedEntries;
    static List<String> mergedNotice;
    static List<Bundled> bundled;

    /** A library jar whose content is in methodbank.jar. */
    record Bundled(Path jar, String groupId, String artifactId) {}

    @BeforeAll
    static void open() throws IOException {
        shaded = new ZipFile(System.getProperty("methodbank.jar", "target/methodbank.jar"));
        shadedEntries = shaded.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        mergedNotice = text(shaded, "META-INF/NOTICE").lines().map(String::strip).toList();
        bundled = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(element);
            if (!element.endsWith(".jar") || !Files.isRegularFile(jar)
                    || jar.toAbsolutePath().normalize().equals(Path.of(shaded.getName()).toAbsolutePath().normalize())) {
                continue;
            }
            try (ZipFile z = new ZipFile(jar.toFile())) {
                // bundled when a file of its own (not a shared META-INF file) is in methodbank.jar
                Optional<String> own = z.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                        .filter(n -> !n.startsWith("META-INF/") && !n.endsWith("module-info.class")).findFirst();
                if (own.isPresent() && shadedEntries.contains(own.get())) {
                    bundled.add(new Bundled(jar, coordinate(z, "groupId"), coordinate(z, "artifactId")));
                }
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        shaded.close();
    }

    @Test
    void theClassPathHoldsTheBundledLibraries() {
        // without them the tests below would check nothing
        assertThat(bundled).as("bundled jars found on the test class path").hasSizeGreaterThan(5);
        assertThat(bundled).anySatisfy(b -> assertThat(b.groupId()).isNotEqualTo("io.github.methodbank"));
    }

    @Test
    void theMergedNoticeHoldsEveryBundledNotice() throws IOException {
        int checked = 0;
        for (Bundled b : bundled) {
            try (ZipFile z = new ZipFile(b.jar().toFile())) {
                for (ZipEntry e : z.stream().filter(e -> NOTICE.matcher(e.getName()).matches()).toList()) {
                    String first = firstMeaningfulLine(text(z, e.getName()));
                    assertThat(mergedNotice).as("META-INF/NOTICE of methodbank.jar holds the first line of %s!/%s",
                            b.jar().getFileName(), e.getName()).contains(first);
                    checked++;
                }
            }
        }
        assertThat(checked).as("NOTICE files of bundled jars checked").isPositive();
        assertThat(mergedNotice.subList(0, 10)).as("our own notice comes first").contains("methodbank",
                "Copyright 2026 the methodbank authors");
    }

    @Test
    void everyBundledLicenceFileIsKeptWhole() throws IOException {
        byte[] ourLicence = bytes(shaded, "META-INF/LICENSE");
        assertThat(new String(ourLicence, StandardCharsets.UTF_8)).contains("Apache License", "Version 2.0, January 2004");
        for (Bundled b : bundled) {
            try (ZipFile z = new ZipFile(b.jar().toFile())) {
                for (ZipEntry e : z.stream().filter(e -> LICENCE_FILE.matcher(e.getName()).matches()).toList()) {
                    if (b.groupId().equals("io.github.methodbank")) {
                        // our own modules: the same LICENSE and NOTICE as the root of the project
                        if (e.getName().equals("META-INF/LICENSE")) {
                            assertThat(bytes(z, e.getName())).isEqualTo(ourLicence);
                        }
                        continue;
                    }
                    String kept = "META-INF/licenses/" + b.artifactId() + "/" + e.getName().substring("META-INF/".length());
                    assertThat(shadedEntries.contains(kept)).as("%s!/%s is kept as %s", b.jar().getFileName(), e.getName(), kept)
                            .isTrue();
                    assertThat(bytes(shaded, kept)).as(kept).isEqualTo(bytes(z, e.getName()));
                }
            }
        }
    }

    /** A library whose POM declares a licence other than Apache 2.0 comes with a licence text of its own. */
    @Test
    void librariesUnderOtherLicencesBringTheirText() throws IOException {
        int checked = 0;
        for (Bundled b : bundled) {
            try (ZipFile z = new ZipFile(b.jar().toFile())) {
                String pom = "META-INF/maven/" + b.groupId() + "/" + b.artifactId() + "/pom.xml";
                if (z.getEntry(pom) == null) {
                    continue;
                }
                Matcher licences = Pattern.compile("<licenses>(.*?)</licenses>", Pattern.DOTALL).matcher(text(z, pom));
                if (!licences.find()) {
                    continue; // declared in a parent POM, which the jar does not carry
                }
                checked++;
                if (!licences.group(1).contains("Apache")) {
                    String dir = "META-INF/licenses/" + b.artifactId() + "/";
                    boolean carried = shadedEntries.stream().anyMatch(n -> n.startsWith(dir) && !n.equals(dir));
                    assertThat(carried).as("methodbank.jar has a licence text for %s under %s; its POM says %s", b.artifactId(),
                            dir, licences.group(1).replaceAll("\\s+", " ").strip()).isTrue();
                }
            }
        }
        assertThat(checked).as("bundled jars whose own POM names their licence").isPositive();
    }

    /** The first line that is not blank and not a comment: the text the notice merger keeps as it is. */
    static String firstMeaningfulLine(String notice) {
        return notice.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
                .orElseThrow(() -> new AssertionError("an empty NOTICE file"));
    }

    private static String coordinate(ZipFile z, String key) throws IOException {
        Optional<? extends ZipEntry> props = z.stream()
                .filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")).findFirst();
        if (props.isEmpty()) {
            // no Maven metadata: the artifact id from the file name in the repository layout
            String name = Path.of(z.getName()).getParent().getParent().getFileName().toString();
            return key.equals("artifactId") ? name : "";
        }
        Properties p = new Properties();
        try (InputStream in = z.getInputStream(props.get())) {
            p.load(in);
        }
        return p.getProperty(key, "");
    }

    private static String text(ZipFile z, String entry) throws IOException {
        return new String(bytes(z, entry), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ZipFile z, String entry) throws IOException {
        ZipEntry e = z.getEntry(entry);
        assertThat(e).as(z.getName() + "!/" + entry).isNotNull();
        try (InputStream in = z.getInputStream(e)) {
            return in.readAllBytes();
        }
    }
}
