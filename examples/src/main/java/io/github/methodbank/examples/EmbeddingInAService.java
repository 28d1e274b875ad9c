package io.github.methodbank.examples;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.examples.markdown.MarkdownExporter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How a service embeds methodbank: load the bank once, build one exporter once, and serve
 * many concurrent requests from them; each request exports to an in-memory stream.
 * Banks and exporters are immutable and thread-safe, so nothing needs locking.
 */
public final class EmbeddingInAService {

    private final MethodBank bank;
    private final Exporter exporter;

    /** A "service" over a bank, with one shared exporter. */
    public EmbeddingInAService(MethodBank bank, Exporter exporter) {
        this.bank = bank;
        this.exporter = exporter;
    }

    /** Handles one request: one method, in one language, as bytes (e.g. for an HTTP response). */
    public byte[] render(String methodId, String language) throws ExportException {
        Method m = bank.method(methodId).orElseThrow(() -> new IllegalArgumentException("no method " + methodId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(ExportJob.of(bank, List.of(m), language), out);
        return out.toByteArray();
    }

    /** Entry point: 200 concurrent requests on 8 threads against one exporter. */
    public static void main(String[] args) throws Exception {
        EmbeddingInAService service = new EmbeddingInAService(MethodBanks.loadSample(),
                MarkdownExporter.builder().headingLevel(1).build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> responses = new ArrayList<>();
            List<Method> methods = service.bank.getMethods();
            for (int i = 0; i < 200; i++) {
                String id = methods.get(i % methods.size()).getId();
                String lang = List.of("fi", "sv", "en").get(i % 3);
                responses.add(pool.submit(() -> service.render(id, lang)));
            }
            long bytes = 0;
            for (Future<byte[]> f : responses) {
                bytes += f.get().length;
            }
            System.out.println("Served " + responses.size() + " requests, " + bytes + " bytes.");
        } finally {
            pool.shutdown();
        }
    }
}
