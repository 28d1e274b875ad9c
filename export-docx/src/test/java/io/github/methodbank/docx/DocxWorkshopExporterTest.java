package io.github.methodbank.docx;

import static io.github.methodbank.docx.Docs.cells;
import static io.github.methodbank.docx.Docs.export;
import static io.github.methodbank.docx.Docs.headings;
import static io.github.methodbank.docx.Docs.job;
import static io.github.methodbank.docx.Docs.method;
import static io.github.methodbank.docx.Docs.open;
import static io.github.methodbank.docx.Docs.tableAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxWorkshopExporterTest {

    private static final MethodBank BANK = MethodBanks.loadSample();
    private static final DocxWorkshopExporter EXPORTER = DocxWorkshopExporter.withDefaults();

    private static XWPFDocument workshop(String lang, String... ids) {
        List<Method> methods = new ArrayList<>();
        for (String id : ids) {
            methods.add(method(BANK, id));
        }
        return open(export(EXPORTER, job(BANK, methods, lang)));
    }

    @Test
    void singleMethodHasTheSectionsAsHeadingsInOrder() {
        XWPFDocument doc = workshop("fi", "asiakaspolku");
        assertThat(headings(doc)).containsExactly(
                "T Asiakaspolku",
                "1 Tarkoitus",
                "1 Menetelmän paikka poluilla",
                "1 Työpajan tiedot",
                "1 Valmistelu",
                "2 Keitä kutsua",
                "2 Tarvittava osaaminen",
                "2 Tarvikkeet",
                "1 Ohjelma",
                "1 Asiakaspolku",
                "2 Kuvaus",
                "2 Näin käytät menetelmää",
                "2 Esimerkkejä",
                "2 Linkit",
                "1 Työskentelysivut",
                "2 Keskusteltavat kysymykset",
                "3 1. Mitä opimme tilanteestamme?",
                "3 2. Mikä yllätti meidät?",
                "3 3. Mitä kokeilemme ensimmäiseksi, ja keitä siihen tarvitaan mukaan?",
                "2 Jatkotoimet");
    }

    @Test
    void labelsFollowTheJobLanguage() {
        assertThat(headings(workshop("sv", "asiakaspolku")))
                .contains("T Kundresa", "1 Syfte", "1 Förberedelser", "2 Vem ska bjudas in", "1 Program", "2 Så här använder du metoden",
                        "1 Arbetssidor", "2 Nästa steg");
        assertThat(headings(workshop("en", "asiakaspolku")))
                .contains("T Customer journey map", "1 Purpose", "1 Preparation", "1 Agenda", "2 How to use it", "2 Next steps");
        // a language without labels falls back to English labels; content falls back to the bank's default
        assertThat(headings(workshop("de", "asiakaspolku"))).contains("1 Agenda", "T Asiakaspolku");
    }

    @Test
    void agendaRunsTheClockFromTheStartTime() {
        XWPFDocument doc = workshop("fi", "asiakaspolku");
        XWPFTable agenda = tableAfter(doc, "Ohjelma");
        List<List<String>> rows = cells(agenda);
        assertThat(rows.get(0)).containsExactly("Aika", "Ohjelmakohta", "Kuka", "Muistiinpanot");
        assertThat(agenda.getRow(0).isRepeatHeader()).isTrue();
        assertThat(Docs.times(agenda))
                .containsExactly("09:00–09:15", "09:15–09:35", "09:35–10:05", "10:05–10:25", "10:25–10:40");
        // every row shows its duration under its time
        assertThat(Docs.durations(agenda)).containsExactly("15 min", "20 min", "30 min", "20 min", "15 min");
        assertThat(rows.get(1).get(1)).startsWith("Aloitus ja rajaus").contains("Sovitaan asiakasryhmä");
        assertThat(rows.get(5).get(1)).startsWith("Priorisointi ja jatko");

        DocxWorkshopExporter afternoon = DocxWorkshopExporter.builder().startTime(LocalTime.of(13, 30)).build();
        List<String> later = Docs.times(tableAfter(open(export(afternoon,
                job(BANK, List.of(method(BANK, "asiakaspolku")), "fi"))), "Ohjelma"));
        assertThat(later.get(0)).isEqualTo("13:30–13:45");
        assertThat(later.get(4)).isEqualTo("14:55–15:10");
    }

    @Test
    void methodWithoutStepsGetsTheSkeletonWithItsDuration() {
        XWPFDocument doc = workshop("en", "pre-mortem");
        XWPFTable agenda = tableAfter(doc, "Agenda");
        assertThat(Docs.activities(agenda)).containsExactly("Opening", "Pre-mortem", "Reflection", "Next steps");
        Method pm = method(BANK, "pre-mortem");
        int max = pm.getDurationMinutes().orElseThrow().getMax().getAsInt();
        LocalTime end = LocalTime.of(9, 10).plusMinutes(max);
        assertThat(Docs.times(agenda)).containsExactly("09:00–09:10", "09:10–" + end, end + "–" + end.plusMinutes(15),
                end.plusMinutes(15) + "–" + end.plusMinutes(25));
        assertThat(Docs.durations(agenda)).containsExactly("10 min",
                job(BANK, List.of(pm), "en").formatRange(pm.getDurationMinutes().get(), io.github.methodbank.core.export.LabelKey.MINUTES),
                "15 min", "10 min");
    }

    @Test
    void severalMethodsShareOneAgendaAndOneDocument() {
        XWPFDocument doc = workshop("en", "asiakaspolku", "pre-mortem", "retrospektiivi");
        List<String> headings = headings(doc);
        assertThat(headings.get(0)).isEqualTo("T Development methods: Customer journey map, Pre-mortem, Retrospective");
        assertThat(headings).containsSubsequence("1 Preparation", "2 Customer journey map", "3 Who to invite",
                "2 Retrospective", "1 Agenda", "1 Customer journey map", "1 Pre-mortem", "1 Retrospective", "1 Working pages");
        assertThat(headings.stream().filter(h -> h.equals("1 Agenda"))).hasSize(1);

        XWPFTable agenda = tableAfter(doc, "Agenda");
        List<List<String>> rows = cells(agenda);
        List<String> times = new ArrayList<>(Docs.times(agenda));
        times.add(0, "");
        // the activity's first paragraph: the step or method name, above any description
        List<String> activities = agenda.getRows().stream()
                .map(r -> r.getCell(1).getParagraphs().get(0).getText()).collect(Collectors.toList());
        // method rows carry the method's whole span; the clock runs on across methods
        assertThat(activities.get(1)).isEqualTo("Customer journey map");
        assertThat(times.get(1)).isEqualTo("09:00–10:40");
        int premortem = activities.indexOf("Pre-mortem");
        Method pm = method(BANK, "pre-mortem");
        int max = pm.getDurationMinutes().orElseThrow().getMax().getAsInt();
        String end = LocalTime.of(10, 40).plusMinutes(max).toString();
        assertThat(times.get(premortem)).isEqualTo("10:40–" + end);
        // a method without steps is one row: its name and summary, no separate heading row
        assertThat(rows.get(premortem).get(1)).contains("Imagine the project has already failed");
        assertThat(activities.stream().filter(a -> a.equals("Pre-mortem"))).hasSize(1);
        assertThat(activities.subList(premortem + 1, activities.size())).contains("Retrospective");
        assertThat(times.get(activities.size() - 1)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyWordOfEveryMethodIsInTheDocument(String lang) {
        ExportJob all = job(BANK, BANK.getMethods(), lang);
        Set<String> docWords = Docs.words(Docs.text(open(export(EXPORTER, all))));
        for (Method m : BANK.getMethods()) {
            assertThat(docWords).as("words of %s in %s", m.getId(), lang).containsAll(Docs.methodWords(all, m));
            ExportJob one = job(BANK, List.of(m), lang);
            Set<String> oneWords = Docs.words(Docs.text(open(export(EXPORTER, one))));
            assertThat(oneWords).as("words of %s alone in %s", m.getId(), lang).containsAll(Docs.methodWords(one, m));
        }
    }

    @Test
    void linksAreRealHyperlinks() {
        XWPFDocument doc = workshop("fi", "retrospektiivi", "asiakaspolku");
        List<String> urls = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r instanceof XWPFHyperlinkRun h) {
                    urls.add(h.getHyperlink(doc).getURL());
                    shown.add(h.text());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (String id : List.of("retrospektiivi", "asiakaspolku")) {
            for (Link l : method(BANK, id).getLinks()) {
                expected.add(l.getUrl().toString());
            }
        }
        assertThat(urls).containsExactlyElementsOf(expected).anyMatch(u -> u.startsWith("mailto:"));
        assertThat(shown).contains("Asiakaspolun pohja (PDF)");
    }

    @Test
    void bulletListsUseANumberingDefinitionAndEmphasisIsKept() {
        XWPFDocument doc = workshop("fi", "asiakaspolku");
        List<XWPFParagraph> bullets = doc.getParagraphs().stream()
                .filter(p -> "ListBullet".equals(p.getStyle())).collect(Collectors.toList());
        assertThat(bullets).extracting(XWPFParagraph::getText)
                .contains("Kerää ensin tietoa asiakkailta haastattelemalla tai havainnoimalla.",
                        "Valitse kolme tärkeintä kipukohtaa jatkokehitykseen.", "Palvelumuotoilijat");
        for (XWPFParagraph p : bullets) {
            assertThat(p.getNumID()).isNotNull();
            var lvl = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(p.getNumID()))
                    .getCTAbstractNum().getLvlArray(0);
            assertThat(lvl.getNumFmt().getVal()).isEqualTo(STNumberFormat.BULLET);
        }
        assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("- "));
        // the style itself carries the numbering too, so restyling keeps the list
        assertThat(doc.getStyles().getStyle("ListBullet").getCTStyle().getPPr().getNumPr().getNumId().getVal())
                .isEqualTo(bullets.get(0).getNumID());

        List<XWPFRun> runs = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).collect(Collectors.toList());
        assertThat(runs).anyMatch(r -> r.text().equals("kolme tärkeintä") && r.isBold());
        assertThat(runs).anyMatch(r -> r.text().equals("muutto toiselle paikkakunnalle") && r.isItalic());
    }

    @Test
    void fillInPlacesAreContentControlsWithPlaceholderText() {
        XWPFDocument doc = workshop("fi", "asiakaspolku");
        List<CTSdtRun> sdts = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> sdts.addAll(p.getCTP().getSdtList()))));
        }
        assertThat(sdts).extracting(s -> s.getSdtPr().getTag().getVal())
                .containsExactly("date", "place", "facilitator", "participants", "notes-1", "notes-2", "notes-3");
        CTSdtRun date = sdts.get(0);
        assertThat(date.getSdtPr().getAlias().getVal()).isEqualTo("Päivämäärä");
        assertThat(date.getSdtPr().isSetShowingPlcHdr()).isTrue();
        assertThat(date.getSdtPr().isSetText()).isTrue();
        assertThat(date.getSdtContent().getRArray(0).getTArray(0).getStringValue()).isEqualTo("Kirjoita päivämäärä");
        assertThat(date.getSdtContent().getRArray(0).getRPr().getRStyleArray(0).getVal()).isEqualTo("PlaceholderText");
        assertThat(doc.getStyles().getStyle("PlaceholderText")).isNotNull();
        // the ids are unique
        assertThat(sdts.stream().map(s -> s.getSdtPr().getId().getVal()).distinct()).hasSize(sdts.size());
    }

    @Test
    void documentLanguageIsSetInTheStyleDefaults() {
        assertThat(lang(workshop("fi", "asiakaspolku"))).isEqualTo("fi-FI");
        assertThat(lang(workshop("sv", "asiakaspolku"))).isEqualTo("sv-SE");
        assertThat(lang(workshop("en-US", "asiakaspolku"))).isEqualTo("en-US");
    }

    private static String lang(XWPFDocument doc) {
        return doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal();
    }

    @Test
    void usesStylesNotDirectFormatting() {
        XWPFDocument doc = workshop("en", "asiakaspolku");
        for (String id : List.of("Title", "Heading1", "Heading2", "Heading3", "ListBullet", "TableGrid", "Hyperlink")) {
            assertThat(doc.getStyles().getStyle(id)).as(id).isNotNull();
        }
        for (XWPFTable t : doc.getTables()) {
            assertThat(t.getStyleID()).isEqualTo("TableGrid");
            assertThat(t.getCTTbl().getTblPr().isSetTblBorders()).isFalse();
        }
        assertThat(tableAfter(doc, "Next steps").getRow(0).isRepeatHeader()).isTrue();
        assertThat(doc.getParagraphs()).filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .allSatisfy(p -> p.getRuns().forEach(r -> {
                    assertThat(r.getFontFamily()).isNull();
                    assertThat(r.getColor()).isNull();
                }));
    }

    @Test
    void headerHasTheTitleAndFooterThePageNumberAndBankTitle() {
        XWPFDocument doc = workshop("en", "asiakaspolku");
        assertThat(doc.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getText()).contains("Customer journey map"));
        assertThat(doc.getFooterList()).singleElement().satisfies(f -> {
            assertThat(f.getText()).contains("Development methods").contains("Page");
            assertThat(f.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        });
    }

    @Test
    void workingPagesHonourTheOptions() {
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder()
                .discussionQuestions(List.of("Mikä toimi?", "Mitä muutamme?"))
                .nextStepRows(8)
                .title("Kevään kehittämispäivä")
                .build();
        XWPFDocument doc = open(export(exporter, job(BANK, List.of(method(BANK, "asiakaspolku")), "fi")));
        assertThat(headings(doc)).contains("T Kevään kehittämispäivä", "3 1. Mikä toimi?", "3 2. Mitä muutamme?");
        List<List<String>> next = cells(tableAfter(doc, "Jatkotoimet"));
        assertThat(next.get(0)).containsExactly("Toimenpide", "Vastuuhenkilö", "Määräaika");
        assertThat(next).hasSize(9);
        assertThat(next.subList(1, 9)).allSatisfy(r -> assertThat(r).containsOnly(""));
        assertThat(doc.getHeaderList().get(0).getText()).contains("Kevään kehittämispäivä");

        XWPFDocument none = open(export(DocxWorkshopExporter.builder().discussionQuestionCount(0).nextStepRows(0).build(),
                job(BANK, List.of(method(BANK, "asiakaspolku")), "fi")));
        assertThat(headings(none)).doesNotContain("2 Keskusteltavat kysymykset");
        assertThat(cells(tableAfter(none, "Jatkotoimet"))).hasSize(1);
    }

    @Test
    void theMethodImageIsEmbeddedWithAltText() {
        XWPFDocument doc = workshop("fi", "asiakaspolku");
        assertThat(doc.getAllPictures()).hasSize(1);
        assertThat(doc.getDocument().xmlText()).contains("descr=\"Asiakaspolku\"");
    }

    @Test
    void anImageSeveralMethodsShowIsStoredOnceAndShownForEach() {
        Method original = method(BANK, "asiakaspolku");
        Method copy = Method.builder().from(original).id("asiakaspolku-2")
                .name(LocalizedText.of("fi", "Toinen asiakaspolku")).build();
        MethodBank bank = MethodBank.builder().from(BANK).methods(List.of(original, copy)).build();
        XWPFDocument doc = open(export(EXPORTER, job(bank, List.of(original, copy), "fi")));
        assertThat(doc.getAllPictures()).hasSize(1);
        List<XWPFPicture> shown = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getEmbeddedPictures().stream()).collect(Collectors.toList());
        assertThat(shown).hasSize(2).allSatisfy(p -> assertThat(p.getPictureData()).isNotNull());
        assertThat(shown).extracting(p -> p.getCTPicture().getNvPicPr().getCNvPr().getDescr())
                .containsExactly("Asiakaspolku", "Toinen asiakaspolku");
    }

    @Test
    void sameJobAndTimestampGiveTheSameBytes() throws Exception {
        ExportJob job = job(BANK, BANK.getMethods(), "fi");
        byte[] a = export(EXPORTER, job);
        byte[] b = export(DocxWorkshopExporter.builder().build(), job);
        assertThat(b).isEqualTo(a);

        ExportJob later = ExportJob.builder().from(job).timestamp(Instant.parse("2027-01-01T00:00:00Z")).build();
        assertThat(export(EXPORTER, later)).isNotEqualTo(a);

        // zip entries: fixed order, and the job's time in UTC whatever the machine's zone
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first.getName()).isEqualTo("[Content_Types].xml");
            assertThat(first.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 2, 10, 15, 30));
        }
        XWPFDocument doc = open(a);
        assertThat(doc.getProperties().getCoreProperties().getCreated()).isEqualTo(java.util.Date.from(Docs.TIME));
        assertThat(doc.getProperties().getCoreProperties().getModified()).isEqualTo(java.util.Date.from(Docs.TIME));
    }

    @Test
    void theMachinesTimeZoneDoesNotChangeTheBytes() {
        ExportJob job = job(BANK, List.of(method(BANK, "asiakaspolku")), "fi");
        java.util.TimeZone old = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Helsinki"));
            byte[] helsinki = export(EXPORTER, job);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(export(EXPORTER, job)).isEqualTo(helsinki);
        } finally {
            java.util.TimeZone.setDefault(old);
        }
    }

    @Test
    void sourceDateEpochMakesJobsWithoutTimestampReproducible() {
        ExportJob job = ExportJob.of(BANK, List.of(method(BANK, "asiakaspolku")), "fi");
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        System.setProperty("SOURCE_DATE_EPOCH", "1767225600");
        try {
            byte[] a = export(EXPORTER, job);
            byte[] b = export(EXPORTER, job);
            assertThat(b).isEqualTo(a);
            assertThat(open(a).getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(Instant.ofEpochSecond(1767225600));
        } finally {
            if (old == null) {
                System.clearProperty("SOURCE_DATE_EPOCH");
            } else {
                System.setProperty("SOURCE_DATE_EPOCH", old);
            }
        }
        Instant fixed = Instant.parse("2025-05-05T05:05:05Z");
        byte[] c = export(DocxWorkshopExporter.builder().fixedTimestamp(fixed).build(), job);
        assertThat(open(c).getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(fixed);
    }

    @Test
    void concurrentExportsGiveTheSameBytes() throws Exception {
        ExportJob job = job(BANK, BANK.getMethods(), "sv");
        byte[] expected = export(EXPORTER, job);
        List<byte[]> results = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> results.add(export(EXPORTER, job)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void charactersWordCannotHoldAreReportedNotSilentlyDropped() {
        Method m = Method.builder().id("ohjaus").name(LocalizedText.of("fi", "Ohjaus\u0007kierros"))
                .description(LocalizedText.of("fi", "Ääkköset ja emoji 🙂 pysyvät\u0001 mukana."))
                .addLinks(Link.of(URI.create("https://example.org/a?b=c&d=e")))
                .build();
        MethodBank bank = MethodBank.builder().from(BANK).methods(List.of(m)).paths(List.of()).build();
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(job(bank, List.of(m), "fi")).listener(new ExportListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).build();
        String text = Docs.text(open(export(EXPORTER, job)));
        assertThat(text).contains("Ohjauskierros", "Ääkköset ja emoji 🙂 pysyvät mukana.", "https://example.org/a?b=c&d=e");
        assertThat(warnings).anyMatch(w -> w.contains("ohjaus") && w.contains("U+0001") && w.contains("description"));
        assertThat(warnings).anyMatch(w -> w.contains("U+0007"));
    }

    @Test
    void emptySelectionGivesAWorkshopSkeleton() {
        XWPFDocument doc = open(export(EXPORTER, job(BANK, List.of(), "en")));
        assertThat(headings(doc)).startsWith("T Development methods").contains("1 Agenda", "1 Working pages");
        assertThat(cells(tableAfter(doc, "Agenda")).stream().map(r -> r.get(1)))
                .containsExactly("Activity", "Opening", "Reflection", "Next steps");
    }

    @Test
    void reportsProgressPerMethod() {
        List<String> progress = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(job(BANK, BANK.getMethods(), "fi")).listener(new ExportListener() {
            @Override
            public void progress(int done, int total) {
                progress.add(done + "/" + total);
            }
        }).build();
        export(EXPORTER, job);
        int n = BANK.getMethods().size();
        assertThat(progress).hasSize(n).endsWith(n + "/" + n);
    }

    @Test
    void leavesTheCallersStreamOpenAndReportsItsFailures() {
        ExportJob job = job(BANK, List.of(method(BANK, "asiakaspolku")), "fi");
        boolean[] closed = {false};
        boolean[] flushed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }

            @Override
            public void flush() {
                flushed[0] = true;
            }
        };
        export(EXPORTER, job).getClass();
        try {
            EXPORTER.export(job, sink);
        } catch (ExportException e) {
            throw new AssertionError(e);
        }
        assertThat(closed[0]).isFalse();
        assertThat(flushed[0]).isTrue();
        assertThat(sink.size()).isPositive();

        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> EXPORTER.export(job, broken)).isInstanceOf(ExportException.class).hasMessageContaining("disk full");
    }

    @Test
    void exporterDescribesItsFormatAndOptions() {
        assertThat(EXPORTER.getFormat().getId()).isEqualTo("docx-workshop");
        assertThat(EXPORTER.getFormat().getFileExtension()).isEqualTo("docx");
        assertThat(EXPORTER).isEqualTo(DocxWorkshopExporter.withDefaults());
        assertThat(EXPORTER.getStartTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(EXPORTER.getNextStepRows()).isEqualTo(5);
        assertThat(DocxWorkshopExporter.builder().startTime(LocalTime.of(13, 5, 59)).build().getStartTime())
                .isEqualTo(LocalTime.of(13, 5));
        assertThatThrownBy(() -> DocxWorkshopExporter.builder().nextStepRows(51).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option next-step-rows must be from 0 to 50, was 51");
        assertThatThrownBy(() -> DocxWorkshopExporter.builder().discussionQuestionCount(6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("questions");
        assertThatThrownBy(() -> DocxWorkshopExporter.builder().title(" ").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentInARightToLeftLanguageRunsRightToLeft() throws Exception {
        MethodBank sample = MethodBanks.loadSample();
        // the sample's customer journey (its steps give the agenda times) with an Arabic name and description
        Method arabic = Method.builder().from(method(sample, "asiakaspolku")).id("arabic")
                .name(LocalizedText.of("ar", "خريطة رحلة العميل"))
                .description(LocalizedText.of("ar", "ارسم **رحلة العميل** خطوة بخطوة، ثم *ناقش* النتائج مع الفريق."))
                .build();
        MethodBank bank = MethodBank.builder().from(sample).methods(List.of(arabic)).build();
        try (XWPFDocument doc = open(export(DocxWorkshopExporter.withDefaults(), job(bank, List.of(arabic), "ar")))) {
            // Arabic paragraphs run right to left; the (English) labels and times keep left to right,
            // so that 09:00–09:15 does not read 09:15–09:00
            java.util.function.Function<String, org.apache.poi.xwpf.usermodel.XWPFParagraph> find = start ->
                    java.util.stream.Stream.concat(doc.getParagraphs().stream(), doc.getTables().stream()
                            .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                            .flatMap(c -> c.getParagraphs().stream()))
                            .filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
            // right to left: <w:bidi/>; left to right: none, or <w:bidi w:val="0"/> (said where styles could differ)
            java.util.function.Predicate<org.apache.poi.xwpf.usermodel.XWPFParagraph> bidi = p ->
                    p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi()
                            && !p.getCTP().getPPr().getBidi().xmlText().contains("w:val=\"0\"");
            assertThat(bidi.test(find.apply("ارسم رحلة العميل"))).isTrue();
            assertThat(bidi.test(find.apply("خريطة رحلة العميل"))).isTrue();
            assertThat(bidi.test(find.apply("Description"))).isFalse();
            assertThat(bidi.test(find.apply("09:00"))).isFalse();
            // the tables' columns run from the right
            assertThat(doc.getTables()).isNotEmpty().allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().isSetBidiVisual())
                    .isTrue());
            // fill-in fields (English placeholders) are where Arabic will be typed: right to left
            org.apache.poi.xwpf.usermodel.XWPFParagraph date = find.apply("Enter the date");
            assertThat(bidi.test(date)).isTrue();
            assertThat(date.getCTP().getPPr().getBidi().isSetVal()).isFalse();
            // the footer reads "Page 1" whatever the bank title: explicitly left to right
            var footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().getPPr();
            assertThat(footer.isSetBidi()).isTrue();
            assertThat(footer.getBidi().xmlText()).contains("w:val=\"0\"");
            // bold and italic also in the complex-script forms Word uses for Arabic
            var bold = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().contains("رحلة العميل") && r.isBold()).findFirst().orElseThrow();
            assertThat(bold.getCTR().getRPr().sizeOfBCsArray()).isEqualTo(1);
        }
        // the language of right-to-left text is the document's
        byte[] hebrew = export(DocxWorkshopExporter.withDefaults(), job(bank, List.of(arabic), "he"));
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(hebrew))) {
            String styles = null;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/styles.xml")) {
                    styles = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            assertThat(styles).contains("w:val=\"he-IL\"").contains("w:bidi=\"he-IL\"");
        }
        try (XWPFDocument doc = open(export(DocxWorkshopExporter.withDefaults(),
                job(sample, List.of(method(sample, "asiakaspolku")), "fi")))) {
            assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetBidi()).isFalse());
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().isSetBidiVisual()).isFalse());
        }
    }
}
