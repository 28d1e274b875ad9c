package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.docx.DocxWorkshopExporter;
import io.github.methodbank.docx.internal.template.Template;
import io.github.methodbank.docx.internal.template.TemplateException;
import io.github.methodbank.docx.internal.template.TemplateReader;
import io.github.methodbank.docx.internal.template.TemplateSupport;
import io.github.methodbank.docx.internal.wml.StableZip;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import io.github.methodbank.docx.internal.wml.WordPackage;
import io.github.methodbank.docx.internal.wml.XmlWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one workshop document: reads the template if there is one, sets up the package
 * ({@link PackageParts}), writes the body section by section in document order (cover,
 * preparation, agenda, the methods, working pages) with the building blocks of {@link Wml}, and
 * puts the parts into a deterministic zip ({@link StableZip}). POI is used only to read a
 * corporate template ({@link TemplateReader}).
 */
public final class WorkshopWriter {

    private static final String DOCUMENT_START = XmlWriter.DECLARATION + "<w:document" + PackageParts.NS
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>";

    private final Workshop ws;

    private WorkshopWriter(ExportJob job, DocxWorkshopExporter options, Template template) {
        this.ws = new Workshop(job, options, template);
    }

    /**
     * Writes the workshop document for {@code job} and returns its bytes.
     *
     * @param job the job
     * @param options the exporter's options
     * @param template the bytes of a corporate template, or null
     * @param templateName the template's name for messages, or null
     * @return the document's bytes
     * @throws ExportException when the template cannot be used or the document cannot be built
     */
    public static byte[] write(ExportJob job, DocxWorkshopExporter options, byte[] template, String templateName)
            throws ExportException {
        if (template != null && !TemplateSupport.available()) {
            throw new ExportException("reading the template " + templateName + " needs Apache POI on the class path: add "
                    + TemplateSupport.DEPENDENCY + " (on the module path also --add-modules org.apache.poi.ooxml)");
        }
        Template t = template == null ? null : TemplateReader.read(template, templateName, job.getListener());
        WorkshopWriter writer = new WorkshopWriter(job, options, t);
        Workshop ws = writer.ws;
        Instant time;
        try {
            time = options.getFixedTimestamp().orElseGet(job::getEffectiveTimestamp);
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        try (StableZip zip = new StableZip(time, 32 * 1024 + 3 * 1024 * job.getMethods().size())) {
            writer.build(time);
            ws.pkg.writeTo(zip);
            return zip.toByteArray();
        } catch (TemplateException e) {
            throw new ExportException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExportException("could not build the workshop document"
                    + (ws.current == null ? "" : " at method '" + ws.current.getId() + "'")
                    + " (" + ws.section + "): " + describe(e), e);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private void build(Instant time) {
        ExportJob job = ws.job;
        ws.section = "styles";
        String wordLang = ws.clean(StyleSheet.wordLanguage(job.getLanguage()), "the document language");
        PackageParts parts = new PackageParts(ws);
        parts.setUpStylesAndNumbering(wordLang);
        XmlWriter x = new XmlWriter(16 * 1024 + 8 * 1024 * job.getMethods().size());
        ws.w = new Wml(x, ws.pkg, parts.styleIds, parts.numbering, parts.width, Wml.rightToLeft(job.getLanguage()),
                ws.template != null);
        String title = workshopTitle();
        ws.section = "header and footer";
        String[] headerFooter = parts.setUpHeaderFooter(title);
        x.raw(DOCUMENT_START);
        RichTextWriter rich = new RichTextWriter(ws);
        ws.section = "cover";
        new CoverSection(ws).write(title);
        ws.section = "preparation";
        boolean preparation = new PreparationSection(ws, rich).write();
        ws.section = "agenda";
        new AgendaSection(ws, rich).write(!preparation);
        new MethodSection(ws, rich).write();
        ws.current = null;
        ws.section = "working pages";
        new WorkingPagesSection(ws).write();
        ws.section = "page setup";
        parts.sectionProperties(x, headerFooter);
        x.raw("</w:body></w:document>");
        ws.pkg.add(ws.pkg.mainPart, WordPackage.CT_DOCUMENT, x.buffer(), x.length());
        ws.section = "numbering";
        parts.finishNumbering();
        ws.section = "document properties";
        parts.properties(title, time, wordLang);
    }

    private String workshopTitle() {
        if (ws.options.getTitle().isPresent()) {
            return ws.clean(ws.options.getTitle().get(), "the workshop title");
        }
        List<Method> methods = ws.job.getMethods();
        if (methods.isEmpty()) {
            return ws.bankTitle();
        }
        if (methods.size() == 1) {
            return ws.name(methods.get(0));
        }
        int shown = methods.size() <= 4 ? methods.size() : 3;
        String names = methods.stream().limit(shown).map(ws::name).collect(Collectors.joining(", "));
        if (shown < methods.size()) {
            names += " \u2026 (+" + (methods.size() - shown) + ")";
        }
        return ws.bankTitle() + ": " + names;
    }
}
