package io.github.methodbank.core;

import java.io.StringReader;

/** Small banks for tests. */
final class TestBanks {
    private TestBanks() {}

    static final String MINIMAL = """
            {
              "formatVersion": 1,
              "id": "test-bank",
              "defaultLanguage": "fi",
              "paths": [
                {"id": "kehittaminen", "name": {"fi": "Kehittäminen", "en": "Development"},
                 "phases": [{"id": "kiinnostu", "name": "Kiinnostu"},
                            {"id": "kartoita", "name": "Kartoita"},
                            {"id": "kokeile", "name": "Kokeile"}]}
              ],
              "methods": [
                {"id": "first", "name": "Ensimmäinen", "description": "Kuvaus.",
                 "phases": ["kehittaminen/kokeile", "kehittaminen/kiinnostu"], "tags": ["a"]}
              ]
            }
            """;

    static MethodBank load(String json) throws MethodBankException {
        return MethodBanks.load(new StringReader(json), "test.json");
    }

    static MethodBankException fails(String json) {
        try {
            load(json);
        } catch (MethodBankException e) {
            return e;
        }
        throw new AssertionError("expected the bank to be rejected");
    }

    static Phase phase(String id) {
        return Phase.of(id, LocalizedText.of("en", id));
    }

    static Method method(String id, PhaseRef... phases) {
        return Method.builder().id(id).name(LocalizedText.of("en", id))
                .description(LocalizedText.of("en", "About " + id)).addPhases(phases).build();
    }
}
