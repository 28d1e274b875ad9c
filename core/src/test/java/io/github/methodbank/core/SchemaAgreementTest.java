package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema and the loader agree on every sample and test file. */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = MethodBanks.openSchema()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Path> files(String dir) throws Exception {
        Path root = Path.of(SchemaAgreementTest.class.getResource("banks/" + dir).toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().collect(Collectors.toList()).stream();
        }
    }

    static Stream<Path> valid() throws Exception {
        return files("valid");
    }

    static Stream<Path> invalid() throws Exception {
        return files("invalid");
    }

    static Stream<Path> semantic() throws Exception {
        return files("semantic");
    }

    private static Set<ValidationMessage> schemaErrors(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return schema.validate(node);
    }

    private static boolean loads(Path file) {
        try {
            MethodBanks.load(file);
            return true;
        } catch (MethodBankException e) {
            return false;
        }
    }

    @Test
    void schemaHasAStableIdAndTheLoaderAcceptsAndIgnoresSchemaReferences() throws Exception {
        try (InputStream in = MethodBanks.openSchema()) {
            assertThat(JSON.readTree(in).get("$id").asText()).isEqualTo(MethodBanks.SCHEMA_ID);
        }
        String withSchema = "{\"$schema\": \"" + MethodBanks.SCHEMA_ID + "\", \"formatVersion\": 1, \"paths\": [], \"methods\": []}";
        assertThat(schemaErrors(withSchema)).isEmpty();
        assertThat(MethodBanks.load(new java.io.StringReader(withSchema), "s.json").getMethods()).isEmpty();
    }

    @Test
    void theSampleBankAndItsRewrittenFormAreValid() throws Exception {
        try (InputStream in = MethodBanks.class.getResourceAsStream("sample/bank.json")) {
            assertThat(schemaErrors(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        }
        assertThat(schemaErrors(MethodBanks.toJson(MethodBanks.loadSample()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validFilesPassBoth(Path file) throws Exception {
        assertThat(schemaErrors(Files.readString(file))).isEmpty();
        assertThat(loads(file)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidFilesFailBoth(Path file) throws Exception {
        String text = Files.readString(file);
        boolean schemaRejects;
        try {
            schemaRejects = !schemaErrors(text).isEmpty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            schemaRejects = true;
        }
        assertThat(schemaRejects).as("schema rejects " + file.getFileName()).isTrue();
        assertThat(loads(file)).as("loader rejects " + file.getFileName()).isFalse();
    }

    /** Rules a JSON Schema cannot express (references, uniqueness across objects, min below max, duplicate keys). */
    @ParameterizedTest
    @MethodSource("semantic")
    void semanticMistakesAreTheLoadersAlone(Path file) throws Exception {
        assertThat(loads(file)).isFalse();
        assertThat(schemaErrors(Files.readString(file))).as("schema cannot see this").isEmpty();
    }

    @Test
    void everyTestFileIsCovered() throws Exception {
        List<Path> all = Stream.of(valid(), invalid(), semantic()).flatMap(s -> s).collect(Collectors.toList());
        assertThat(all).hasSizeGreaterThan(12);
    }
}
