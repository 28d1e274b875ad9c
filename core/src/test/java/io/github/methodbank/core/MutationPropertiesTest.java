package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random mutations of valid banks give either a bank or a {@link MethodBankException}: never
 * another exception, never a problem without a location.
 */
class MutationPropertiesTest {

    private static final String SAMPLE = MethodBanks.toJson(MethodBanks.loadSample());
    private static final String[] INSERTS = {"\"", "{", "}", "[", "]", ",", ":", "null", "1e999", "-1", "\\u0000",
        "\\ud800", "\u0000", "\u0007", "\ufeff", "𝔘", "a\u0301", "../", "//", "\n", "true", "\"x\":", "{\"a\":1}",
        "\"id\"", "9999999999999999999999"};
    private static final String[] VALUES = {"null", "true", "0", "-7", "1.5", "\"\"", "\" \"", "[]", "{}",
        "[null]", "{\"fi\": 3}", "\"Not A Slug\"", "\"kehittaminen/olematon\"", "\"ftp://x\"", "\"../x.png\"",
        "\"2026-02-30\"", "{\"min\": 5, \"max\": 1}", "\"" + "x".repeat(300) + "\""};
    private static final Pattern VALUE = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?\\d+|true|false|null");

    @Property(tries = 400)
    void byteLevelMutationsNeverEscapeAsAnotherException(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int edits) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder(r.nextBoolean() ? SAMPLE : TestBanks.MINIMAL);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(20)));
                case 1 -> s.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 2 -> s.setLength(at);
                case 3 -> {
                    int from = r.nextInt(s.length() + 1);
                    String piece = s.substring(Math.min(at, from), Math.max(at, from));
                    s.insert(r.nextInt(s.length() + 1), piece.length() > 2000 ? piece.substring(0, 2000) : piece);
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) r.nextInt(0x3000));
                    }
                }
            }
        }
        check(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void valueMutationsGiveLocatedProblems(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits) {
        Random r = new Random(seed);
        String s = r.nextBoolean() ? SAMPLE : TestBanks.MINIMAL;
        for (int i = 0; i < edits; i++) {
            Matcher m = VALUE.matcher(s);
            int count = 0;
            while (m.find()) {
                count++;
            }
            int pick = r.nextInt(count);
            m = VALUE.matcher(s);
            for (int k = 0; k <= pick; k++) {
                m.find();
            }
            s = s.substring(0, m.start()) + VALUES[r.nextInt(VALUES.length)] + s.substring(m.end());
        }
        MethodBankException e = check(s.getBytes(StandardCharsets.UTF_8));
        if (e != null) {
            assertThat(e.getProblems()).allSatisfy(p -> {
                assertThat(p.getLine()).as(p.toString()).isPositive();
                assertThat(p.getColumn()).as(p.toString()).isPositive();
                assertThat(p.getMessage()).isNotBlank();
            });
        }
    }

    @Property(tries = 200)
    void randomBytesNeverEscapeAsAnotherException(@ForAll byte[] bytes) {
        check(bytes);
    }

    private static MethodBankException check(byte[] bytes) {
        try {
            MethodBank bank = MethodBanks.load(new ByteArrayInputStream(bytes), "mutated.json");
            assertThat(bank).isNotNull();
            return null;
        } catch (MethodBankException e) {
            assertThat(e.getProblems()).isNotEmpty();
            return e;
        }
    }
}
