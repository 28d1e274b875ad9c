package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankResourcesTest {

    @TempDir
    Path tmp;

    @Test
    void directoryResourcesNeverLeaveTheDirectory() throws Exception {
        Path bank = Files.createDirectories(tmp.resolve("bank"));
        Files.writeString(bank.resolve("in.png"), "inside");
        Files.writeString(tmp.resolve("secret.png"), "outside");
        Files.createSymbolicLink(bank.resolve("link.png"), tmp.resolve("secret.png"));
        BankResources r = BankResources.directory(bank);
        try (InputStream in = r.open("in.png")) {
            assertThat(new String(in.readAllBytes())).isEqualTo("inside");
        }
        assertThatThrownBy(() -> r.open("../secret.png")).isInstanceOf(IOException.class).hasMessageContaining("leaves");
        assertThatThrownBy(() -> r.open(tmp.resolve("secret.png").toString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> r.open("link.png")).isInstanceOf(IOException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> r.open("none.png")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void classPathResourcesRefuseEscapesToo() {
        BankResources r = BankResources.classpath(MethodBanks.class, "/io/github/methodbank/core/sample/");
        assertThatThrownBy(() -> r.open("../methodbank.schema.json")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> r.open("images/none.png")).isInstanceOf(NoSuchFileException.class);
    }
}
