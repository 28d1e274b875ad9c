package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The methods' texts: description with the image, how to use, examples, sources, links, tags, licence and date. */
final class MethodSection {

    /** A picture in the package: its relationship id and its size on the page in EMU. */
    private record Placed(String rel, long widthEmu, long heightEmu) {}

    private final Workshop ws;
    private final Wml w;
    private final RichTextWriter rich;
    /** The pictures placed so far, by their path in the bank: each file is read and stored once. */
    private final Map<String, Placed> pictures = new HashMap<>();

    MethodSection(Workshop ws, RichTextWriter rich) {
        this.ws = ws;
        this.w = ws.w;
        this.rich = rich;
    }

    void write() {
        Labels labels = ws.labels;
        List<Method> methods = ws.job.getMethods();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            ws.current = m;
            ws.section = "method text";
            w.runLanguage(ws.languageOf(m.getName()));
            w.heading(1, ws.name(m), i == 0);
            w.runLanguage(null);
            if (hasText(java.util.Optional.of(m.getDescription()))) {
                w.heading(2, labels.get(LabelKey.DESCRIPTION), false);
                rich.rich(m.getDescription(), StyleSheet.Role.NORMAL, "description", 2);
            }
            if (m.getImage().isPresent()) {
                picture(m, m.getImage().get());
            }
            if (hasText(m.getHowToUse())) {
                w.heading(2, labels.get(LabelKey.HOW_TO_USE), false);
                rich.rich(m.getHowToUse().get(), StyleSheet.Role.NORMAL, "how to use", 2);
            }
            if (hasText(m.getExamples())) {
                w.heading(2, labels.get(LabelKey.EXAMPLES), false);
                rich.rich(m.getExamples().get(), StyleSheet.Role.NORMAL, "examples", 2);
            }
            if (hasText(ws.bank.sourcesOf(m))) {
                w.heading(2, labels.get(LabelKey.SOURCES), false);
                rich.rich(ws.bank.sourcesOf(m).get(), StyleSheet.Role.NORMAL, "sources", 2);
            }
            if (!m.getLinks().isEmpty()) {
                w.heading(2, labels.get(LabelKey.LINKS), false);
                for (Link link : m.getLinks()) {
                    w.bulletStart();
                    hyperlink(link);
                    w.pEnd();
                }
            }
            List<String[]> facts = new ArrayList<>();
            if (!m.getTags().isEmpty()) {
                facts.add(new String[] {labels.get(LabelKey.TAGS), String.join(", ", m.getTags())});
            }
            ws.bank.licenseOf(m).ifPresent(l -> facts.add(new String[] {labels.get(LabelKey.LICENSE), l}));
            m.getUpdated().ifPresent(d -> facts.add(new String[] {labels.get(LabelKey.UPDATED), d.toString()}));
            if (!facts.isEmpty()) {
                w.pStart(StyleSheet.Role.NORMAL);
                for (int f = 0; f < facts.size(); f++) {
                    if (f > 0) {
                        w.lineBreak();
                    }
                    w.labelled(facts.get(f)[0], ws.clean(facts.get(f)[1], "tags, license and date"));
                }
                w.pEnd();
            }
            ws.job.getListener().progress(i + 1, methods.size());
        }
        ws.current = null;
    }

    /** Whether a field is there and holds something to show: no heading without content. */
    private boolean hasText(java.util.Optional<io.github.methodbank.core.LocalizedText> field) {
        return field.isPresent() && !ws.job.richText(field.get()).isEmpty();
    }

    private void hyperlink(Link link) {
        String url = ws.clean(link.getUrl().toString(), "link");
        String shown = link.getTitle().map(t -> ws.textOf(t, "link title")).orElse(url);
        w.hyperlinkStart(url, shown);
        w.styledRun(StyleSheet.Role.HYPERLINK, shown);
        w.hyperlinkEnd();
        if (link.getTitle().isPresent()) {
            w.run(" (" + (url.startsWith("mailto:") ? url.substring("mailto:".length()) : url) + ")");
        }
    }

    /** The method's image in a paragraph of its own, with the method's name as alt text; one part per distinct image. */
    private void picture(Method m, String image) {
        Placed pic = pictures.get(image);
        if (pic == null) {
            Pictures.Picture loaded = Pictures.load(ws.bank, m, image, w.width(), ws.job.getListener());
            if (loaded == null) {
                return;
            }
            String name = ws.pkg.freeName("media/image", "." + loaded.extension(), true);
            ws.pkg.addMedia(ws.pkg.folder + name, loaded.extension(), loaded.contentType(), loaded.bytes());
            pic = new Placed(ws.pkg.relate(io.github.methodbank.docx.internal.wml.WordPackage.REL_IMAGE, name, false),
                    loaded.widthEmu(), loaded.heightEmu());
            pictures.put(image, pic);
        }
        w.picture(pic.rel(), pic.widthEmu(), pic.heightEmu(), ws.name(m));
    }
}
