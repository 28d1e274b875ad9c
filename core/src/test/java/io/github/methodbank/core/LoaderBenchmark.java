package io.github.methodbank.core;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Validation time against input size for the adversarial inputs of {@link AdversarialBanks}: a
 * benchmark, not a test. Each input is loaded three times and the best time is printed with the
 * number of problems found; the time should grow linearly with the size. Run it with
 *
 * <pre>
 * mvn -B -o -q test-compile -pl core -am
 * mvn -B -o -q dependency:build-classpath -pl core -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -Xmx4g -cp core/target/test-classes:core/target/classes:$(cat core/target/test.classpath) \
 *     io.github.methodbank.core.LoaderBenchmark [SIZE_MB ...]
 * </pre>
 *
 * (default sizes 1, 4, 16 and 60 MB).
 */
public final class LoaderBenchmark {
    private LoaderBenchmark() {}

    /** Prints a Markdown table: input, size, best time of three, problems. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1, 4, 16, 60}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.println("| input | size | time (best of 3) | problems |");
        System.out.println("|---|---:|---:|---:|");
        for (Map.Entry<String, IntFunction<byte[]>> e : AdversarialBanks.all().entrySet()) {
            for (int mb : sizes) {
                byte[] bytes = e.getValue().apply(mb * 1_000_000);
                long best = Long.MAX_VALUE;
                String outcome = "";
                for (int run = 0; run < 3; run++) {
                    long start = System.nanoTime();
                    outcome = load(bytes);
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("| %s | %.1f MB | %.2f s | %s |%n", e.getKey(), bytes.length / 1e6, best / 1e9, outcome);
            }
        }
    }

    static String load(byte[] bytes) {
        try {
            MethodBank bank = MethodBanks.load(new ByteArrayInputStream(bytes), "bench.json");
            return "valid, " + bank.getMethods().size() + " methods";
        } catch (MethodBankException e) {
            return String.format("%,d", e.getErrorCount());
        }
    }
}
