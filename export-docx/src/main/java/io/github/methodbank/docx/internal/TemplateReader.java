package io.github.methodbank.docx.internal;

import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFSettings;

/**
 * Opens a corporate template (.docx or .dotx) as the starting point of a workshop document:
 * with POI's zip-bomb checks on, its body emptied, and without links that would make Word
 * fetch something from elsewhere (an attached template, linked images or frames).
 */
final class TemplateReader {

    static final String DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String HYPERLINK =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    /** The largest uncompressed part accepted from a template. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** The smallest compression ratio accepted (POI's own default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private TemplateReader() {}

    static XWPFDocument open(byte[] bytes, String name, ExportListener listener) throws ExportException {
        tightenZipLimits();
        XWPFDocument doc;
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            String mainType = mainContentType(pkg);
            if (mainType == null || mainType.contains("macroEnabled")) {
                pkg.revert();
                throw new ExportException("template " + name + " is "
                        + (mainType == null ? "not a Word document" : "a macro-enabled document; save it as .docx or .dotx"));
            }
            if (mainType.equals(TEMPLATE)) {
                pkg.replaceContentType(TEMPLATE, DOCUMENT);
            }
            doc = new XWPFDocument(pkg);
        } catch (ExportException e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new ExportException("template " + name + " cannot be read as a Word document (.docx or .dotx): "
                    + e.getMessage(), e);
        }
        clearBody(doc);
        dropFetchingLinks(doc, name, listener);
        return doc;
    }

    /** POI's zip-bomb limits are JVM-wide: only ever tighten them, never loosen another user's settings. */
    private static void tightenZipLimits() {
        synchronized (ZipSecureFile.class) {
            if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
                ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            }
            if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
                ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            }
        }
    }

    private static String mainContentType(OPCPackage pkg) {
        for (PackageRelationship rel : pkg.getRelationshipsByType(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")) {
            try {
                PackagePart part = pkg.getPart(rel);
                return part == null ? null : part.getContentType();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static void clearBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        // a body may hold other things POI does not list (such as block-level content controls)
        var body = doc.getDocument().getBody();
        while (body.sizeOfSdtArray() > 0) {
            body.removeSdt(0);
        }
    }

    private static void dropFetchingLinks(XWPFDocument doc, String name, ExportListener listener) {
        XWPFSettings settings = null;
        for (POIXMLDocumentPart part : doc.getRelations()) {
            if (part instanceof XWPFSettings s) {
                settings = s;
            }
        }
        List<PackagePart> parts = new ArrayList<>();
        parts.add(doc.getPackagePart());
        doc.getHeaderList().forEach(h -> parts.add(h.getPackagePart()));
        doc.getFooterList().forEach(f -> parts.add(f.getPackagePart()));
        if (settings != null) {
            parts.add(settings.getPackagePart());
            if (settings.getCTSettings().isSetAttachedTemplate()) {
                settings.getCTSettings().unsetAttachedTemplate();
            }
        }
        for (PackagePart part : parts) {
            try {
                List<String> drop = new ArrayList<>();
                for (PackageRelationship rel : part.getRelationships()) {
                    if (rel.getTargetMode() == TargetMode.EXTERNAL && !HYPERLINK.equals(rel.getRelationshipType())) {
                        drop.add(rel.getId());
                        listener.warning("template " + name + ": left out a link to " + rel.getTargetURI()
                                + " so that opening the workshop document fetches nothing from elsewhere");
                    }
                }
                drop.forEach(part::removeRelationship);
            } catch (InvalidFormatException e) {
                listener.warning("template " + name + ": could not check the links of " + part.getPartName() + ": "
                        + e.getMessage());
            }
        }
    }
}
