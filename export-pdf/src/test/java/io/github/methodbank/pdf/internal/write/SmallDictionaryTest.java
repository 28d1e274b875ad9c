package io.github.methodbank.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

/** The structure tree's small dictionaries behave as PDFBox's own, entry order included. */
class SmallDictionaryTest {

    private static final COSName[] KEYS = {COSName.S, COSName.P, COSName.K, COSName.PG, COSName.LANG,
            COSName.ALT, COSName.TYPE, COSName.MCID, COSName.OBJ, COSName.T};

    @Test
    void putReplaceRemoveAndIterateAsACosDictionaryDoes() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            COSDictionary expected = new COSDictionary();
            COSDictionary actual = new SmallDictionary();
            for (int op = 0; op < 30; op++) {
                COSName key = KEYS[random.nextInt(KEYS.length)];
                switch (random.nextInt(4)) {
                    case 0, 1 -> {
                        COSInteger value = COSInteger.get(random.nextInt(100));
                        expected.setItem(key, value);
                        actual.setItem(key, value);
                    }
                    case 2 -> {
                        expected.removeItem(key);
                        actual.removeItem(key);
                    }
                    default -> {
                        var e = expected.entrySet().iterator();
                        var a = actual.entrySet().iterator();
                        while (e.hasNext()) {
                            Map.Entry<COSName, COSBase> next = e.next();
                            a.next();
                            if (next.getKey().equals(key)) {
                                e.remove();
                                a.remove();
                            }
                        }
                    }
                }
                assertThat(entries(actual)).isEqualTo(entries(expected));
                assertThat(actual.size()).isEqualTo(expected.size());
                assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
                assertThat(actual.getItem(key)).isEqualTo(expected.getItem(key));
                assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
                assertThat(new ArrayList<>(actual.getValues())).isEqualTo(new ArrayList<>(expected.getValues()));
            }
        }
    }

    private static List<String> entries(COSDictionary d) {
        List<String> list = new ArrayList<>();
        d.entrySet().forEach(e -> list.add(e.getKey().getName() + "=" + e.getValue()));
        return list;
    }
}
