package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The phase table never breaks a word: smaller type, then rotated headers or one row per phase. */
class PhaseTableTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();
    private static final String[] NAMES = {"Understanding", "Outcomes", "Stakeholders", "Implementation", "Sustainability",
        "Measurement", "Communication", "Institutionalisation", "Fundamentals", "Experimentation", "Prioritisation",
        "Retrospectives"};

    static MethodBank bank(int phases) {
        List<Phase> list = new ArrayList<>();
        for (int i = 0; i < phases; i++) {
            list.add(Phase.of("p" + i, LocalizedText.of("en", NAMES[i])));
        }
        Pathway path = Pathway.of("long", LocalizedText.of("en", "A path with long words"), list);
        List<Method> methods = new ArrayList<>();
        for (String id : new String[] {"asiakaspolku", "pre-mortem"}) {
            methods.add(Method.builder().from(Docs.method(SAMPLE, id)).phases(List.of(PhaseRef.of("long", "p1"))).build());
        }
        return MethodBank.builder().from(SAMPLE).paths(List.of(path)).methods(methods).build();
    }

    private static String documentXml(MethodBank bank, List<Method> methods) {
        byte[] docx = Docs.export(DocxWorkshopExporter.withDefaults(), Docs.job(bank, methods, "en"));
        return new String(Conformance.unzip(docx).get("word/document.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void fewPhasesKeepTheStylesSize() {
        MethodBank bank = bank(4);
        String xml = documentXml(bank, bank.getMethods());
        assertThat(xml).doesNotContain("btLr");
        assertThat(xml.substring(0, xml.indexOf("Workshop details"))).doesNotContain("<w:sz ");
    }

    @Test
    void morePhasesGetSmallerTypeThenRotatedHeaders() {
        MethodBank seven = bank(5);
        String smaller = documentXml(seven, seven.getMethods());
        String cover = smaller.substring(0, smaller.indexOf("Workshop details"));
        assertThat(cover).containsPattern("<w:sz w:val=\"1[46]\"/>").doesNotContain("btLr");

        MethodBank twelve = bank(12);
        String rotated = documentXml(twelve, twelve.getMethods());
        assertThat(rotated.split("<w:textDirection w:val=\"btLr\"/>", -1)).hasSize(13);
        XWPFDocument doc = Docs.open(Docs.export(DocxWorkshopExporter.withDefaults(),
                Docs.job(twelve, twelve.getMethods(), "en")));
        XWPFTable matrix = doc.getTables().get(0);
        // the header row is tall enough for the longest name
        assertThat(matrix.getRow(1).getHeight()).isGreaterThan(1500);
    }

    @Test
    void oneMethodOnAPathOfManyPhasesGetsARowPerPhase() {
        MethodBank bank = bank(12);
        XWPFDocument doc = Docs.open(Docs.export(DocxWorkshopExporter.withDefaults(),
                Docs.job(bank, bank.getMethods().subList(0, 1), "en")));
        XWPFTable strip = doc.getTables().get(0);
        assertThat(strip.getRows()).hasSize(13);
        assertThat(strip.getRow(2).getCell(0).getText()).isEqualTo("\u25CF Outcomes");
        assertThat(strip.getRow(3).getCell(0).getText()).isEqualTo("Stakeholders");
    }
}
