package io.github.methodbank.examples;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.Step;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Builds a small bank with the builders and writes it as JSON (to a file given as the first
 * argument, else to standard output).
 */
public final class BuildBankInCode {
    private BuildBankInCode() {}

    /** The bank this example builds. */
    public static MethodBank bank() {
        Pathway development = Pathway.of("kehittaminen",
                LocalizedText.of(Map.of("fi", "Kehittäminen", "sv", "Utveckling", "en", "Development")),
                List.of(Phase.of("kiinnostu", LocalizedText.of(Map.of("fi", "Kiinnostu", "en", "Get interested"))),
                        Phase.of("kokeile", LocalizedText.of(Map.of("fi", "Kokeile", "en", "Experiment")))));

        Method standUp = Method.builder()
                .id("paivittainen-palaveri")
                .name(LocalizedText.of(Map.of("fi", "Päivittäinen palaveri", "en", "Daily stand-up")))
                .summary(LocalizedText.of("en", "Fifteen minutes each morning to keep work moving."))
                .description(LocalizedText.of("en", "The team meets **standing** for a short check-in.\n\n"
                        + "- What did I finish?\n- What will I do next?\n- What is in my way?"))
                .addPhases(development.ref("kokeile"))
                .addTags("ketteryys")
                .durationMinutes(Range.of(10, 15))
                .addSteps(Step.builder().title(LocalizedText.of("en", "Round of updates")).minutes(10).build())
                .addLinks(Link.of(LocalizedText.of("en", "Guide"), URI.create("https://example.org/stand-up")))
                .build();

        // build() checks every invariant: a wrong phase reference or a duplicate id throws here.
        return MethodBank.builder()
                .id("example-bank")
                .title(LocalizedText.of("en", "Example bank"))
                .defaultLanguage("en")
                .addPaths(development)
                .addMethods(standUp)
                .build();
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        MethodBank bank = bank();
        if (args.length > 0) {
            MethodBanks.write(bank, java.nio.file.Path.of(args[0])); // atomic: temp file, then move
            System.out.println("Wrote " + args[0]);
        } else {
            System.out.print(MethodBanks.toJson(bank));
        }
        // A reference that does not resolve is refused, whichever way the bank is built:
        try {
            MethodBank.builder().from(bank).addMethods(Method.builder().from(bank.getMethods().get(0))
                    .id("other").phases(List.of(PhaseRef.of("kehittaminen", "kayta"))).build()).build();
        } catch (IllegalArgumentException e) {
            System.err.println("As expected: " + e.getMessage());
        }
    }
}
