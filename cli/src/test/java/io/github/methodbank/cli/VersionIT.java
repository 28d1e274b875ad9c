package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The packaged jar knows the project's version (passed in by the build as methodbank.version). */
class VersionIT {

    static String projectVersion() {
        String v = System.getProperty("methodbank.version");
        assertThat(v).as("the build passes the project's version as methodbank.version").isNotBlank();
        return v;
    }

    @Test
    void versionOptionPrintsTheProjectVersion() throws Exception {
        CliJarIT.Run r = CliJarIT.java("--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("methodbank " + projectVersion());
        assertThat(r.out()).doesNotContain("development build");
    }

    @Test
    void manifestNamesTitleAndVersion() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("methodbank.jar", "target/methodbank.jar"))) {
            var main = jar.getManifest().getMainAttributes();
            assertThat(main.getValue("Implementation-Version")).isEqualTo(projectVersion());
            assertThat(main.getValue("Implementation-Title")).isEqualTo("methodbank-cli");
            assertThat(main.getValue("Main-Class")).isEqualTo("io.github.methodbank.cli.Main");
        }
    }
}
