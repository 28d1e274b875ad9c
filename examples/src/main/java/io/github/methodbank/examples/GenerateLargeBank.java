package io.github.methodbank.examples;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large bank for trying performance: the sample bank's methods repeated with new
 * ids until there are N of them.
 *
 * <p>Run: {@code java -cp ... io.github.methodbank.examples.GenerateLargeBank large.json 1000}.
 */
public final class GenerateLargeBank {
    private GenerateLargeBank() {}

    /** A bank with {@code count} methods made from the sample's. */
    public static MethodBank bank(int count) {
        MethodBank sample = MethodBanks.loadSample();
        List<Method> methods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Method m = sample.getMethods().get(i % sample.getMethods().size());
            // images are left out: the large bank is written away from the sample's image files
            methods.add(Method.builder().from(m).id(m.getId() + "-" + i).image(java.util.Optional.empty()).build());
        }
        return MethodBank.builder().from(sample).methods(methods).build();
    }

    /** Entry point: FILE [COUNT (default 1000)]. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateLargeBank FILE [COUNT]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        MethodBanks.write(bank(count), Path.of(args[0]));
        System.out.println("Wrote " + count + " methods to " + args[0]);
    }
}
