package io.github.methodbank.docx;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one workshop document as a whole process, for timing with {@code /usr/bin/time -v}:
 * {@code SingleWorkshopMain OUT.docx [LANG] [METHOD-ID...]} (default: fi, asiakaspolku).
 * With {@code -Dbaseline=true} it writes the raw POI baseline of the benchmark instead;
 * with {@code -Dtiming=true} it prints how long loading and exporting took.
 */
public final class SingleWorkshopMain {

    private SingleWorkshopMain() {}

    /** Runs it; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        MethodBank bank = MethodBanks.loadSample();
        long t1 = System.nanoTime();
        String lang = args.length > 1 ? args[1] : "fi";
        List<io.github.methodbank.core.Method> methods = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            methods.add(bank.method(args[i]).orElseThrow(() -> new IllegalArgumentException("no such method")));
        }
        if (methods.isEmpty()) {
            methods.add(bank.method("asiakaspolku").orElseThrow());
        }
        ExportJob job = ExportJob.builder().bank(bank).methods(methods).language(lang).timestamp(BenchData.TIME).build();
        try (OutputStream out = Files.newOutputStream(Paths.get(args[0]))) {
            if (Boolean.getBoolean("baseline")) {
                out.write(BenchData.rawPoi(job));
            } else {
                DocxWorkshopExporter.withDefaults().export(job, out);
            }
        }
        long t2 = System.nanoTime();
        if (Boolean.getBoolean("timing")) {
            System.err.printf("load sample bank %d ms, export %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
