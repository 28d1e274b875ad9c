package io.github.methodbank.core;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Bank files built to be slow or large to validate, of about a given size, for the linear-loading
 * tests and {@link LoaderBenchmark}. Each is within the default limits (64 MiB and the rest).
 */
final class AdversarialBanks {
    private AdversarialBanks() {}

    /** Each kind by name: a function from a size in bytes to the file's bytes. */
    static Map<String, IntFunction<byte[]>> all() {
        Map<String, IntFunction<byte[]>> m = new LinkedHashMap<>();
        m.put("valid bank (baseline)", AdversarialBanks::validMethods);
        m.put("an error in every list element", AdversarialBanks::badListElements);
        m.put("unknown phase references, 1,000-phase path", AdversarialBanks::unknownPhaseReferences);
        m.put("1,000 unknown fields per object", AdversarialBanks::unknownMembers);
        m.put("one object with millions of fields", AdversarialBanks::hugeObject);
        m.put("duplicate method ids", AdversarialBanks::duplicateIds);
        m.put("deeply nested lists", AdversarialBanks::nestedLists);
        m.put("long Markdown texts", AdversarialBanks::longMarkdown);
        return m;
    }

    private static final String HEAD = "{\"formatVersion\": 1, \"paths\": [{\"id\": \"p\", \"name\": \"P\", \"phases\": "
            + "[{\"id\": \"a\", \"name\": \"A\"}]}], \"methods\": [\n";

    private static byte[] methods(int size, String head, IntFunction<String> method) {
        StringBuilder sb = new StringBuilder(size + 4096).append(head);
        for (int i = 0; sb.length() < size; i++) {
            if (i > 0) {
                sb.append(",\n");
            }
            sb.append(method.apply(i));
        }
        return sb.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] validMethods(int size) {
        return methods(size, HEAD, i -> "{\"id\": \"m" + i + "\", \"name\": \"Method " + i + "\", \"summary\": \"S\","
                + " \"description\": \"A *short* description with a [link](https://example.org/).\", \"phases\": [\"p/a\"],"
                + " \"tags\": [\"one\", \"two\", \"three\"], \"durationMinutes\": {\"min\": 10, \"max\": 20}}");
    }

    /** 1,000 tags per method, each a number where text belongs: an error per element. */
    static byte[] badListElements(int size) {
        String tags = "1,".repeat(999) + "1";
        return methods(size, HEAD, i -> "{\"id\": \"m" + i + "\", \"name\": \"N\", \"description\": \"D\", \"tags\": ["
                + tags + "]}");
    }

    /** A path of 1,000 phases with long ids, and methods full of distinct references to none of them. */
    static byte[] unknownPhaseReferences(int size) {
        String stem = "phase-" + "x".repeat(80) + "-";
        StringBuilder head = new StringBuilder("{\"formatVersion\": 1, \"paths\": [{\"id\": \"p\", \"name\": \"P\", \"phases\": [");
        for (int i = 0; i < 1000; i++) {
            head.append(i == 0 ? "" : ",").append("{\"id\": \"").append(stem).append(i).append("\", \"name\": \"P\"}");
        }
        head.append("]}], \"methods\": [\n");
        int[] next = {0};
        return methods(size, head.toString(), i -> {
            StringBuilder refs = new StringBuilder();
            for (int j = 0; j < 1000; j++) {
                refs.append(j == 0 ? "" : ",").append("\"p/").append(stem).append("y").append(next[0]++).append('"');
            }
            return "{\"id\": \"m" + i + "\", \"name\": \"N\", \"description\": \"D\", \"phases\": [" + refs + "]}";
        });
    }

    /** Methods of 1,000 unknown fields each (the most an object may have), without an id. */
    static byte[] unknownMembers(int size) {
        int[] next = {0};
        return methods(size, HEAD, i -> {
            StringBuilder m = new StringBuilder("{\"name\": \"N\", \"description\": \"D\"");
            for (int j = 0; j < 997; j++) {
                m.append(", \"idd").append(next[0]++).append("\": 0");
            }
            return m.append('}').toString();
        });
    }

    /** One method object with as many fields as fit. */
    static byte[] hugeObject(int size) {
        StringBuilder sb = new StringBuilder(size + 64).append(HEAD).append("{\"id\": \"m\"");
        for (int j = 0; sb.length() < size; j++) {
            sb.append(", \"k").append(j).append("\": 0");
        }
        return sb.append("}\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] duplicateIds(int size) {
        return methods(size, HEAD, i -> "{\"id\": \"same\", \"name\": \"N\", \"description\": \"D\"}");
    }

    /** Lists nested 30 deep where methods belong. */
    static byte[] nestedLists(int size) {
        String nested = "[".repeat(30) + "0" + "]".repeat(30);
        return methods(size, HEAD, i -> nested);
    }

    /** Descriptions of 150,000 characters of Markdown with unclosed emphasis and brackets. */
    static byte[] longMarkdown(int size) {
        String text = "*a **b [c _d `e ".repeat(150_000 / 16);
        return methods(size, HEAD, i -> "{\"id\": \"m" + i + "\", \"name\": \"N\", \"description\": \"" + text + "\"}");
    }
}
