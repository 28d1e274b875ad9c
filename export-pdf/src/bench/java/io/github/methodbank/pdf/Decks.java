package io.github.methodbank.pdf;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.util.LinkedHashMap;
import java.util.Map;

/** Large decks for benchmarks, made from the sample bank's texts. */
final class Decks {

    private Decks() {}

    /** The sample bank with its methods repeated to {@code n} methods (ids and names numbered). */
    static MethodBank sampleTimes(int n) {
        MethodBank sample = MethodBanks.loadSample();
        MethodBank.Builder b = MethodBank.builder().from(sample).methods(java.util.List.of());
        for (int i = 0; i < n; i++) {
            Method m = sample.getMethods().get(i % sample.getMethods().size());
            Map<String, String> names = new LinkedHashMap<>();
            int k = i;
            m.getName().getValues().forEach((lang, text) -> names.put(lang, text + " " + (k + 1)));
            b.addMethod(Method.builder().from(m).id(m.getId() + "-" + (i + 1)).name(LocalizedText.of(names)).build());
        }
        return b.build();
    }
}
