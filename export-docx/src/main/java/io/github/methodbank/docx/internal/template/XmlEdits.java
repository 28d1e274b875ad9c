package io.github.methodbank.docx.internal.template;

import io.github.methodbank.docx.internal.wml.Ooxml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Edits of a template's XML by path and cursor, for the elements poi-ooxml-lite (which users
 * have) has no types for: children added in the schema's order, attributes set, elements
 * removed or put in order.
 */
final class XmlEdits {

    private static final String W = Ooxml.W;

    private XmlEdits() {}

    static final String DECLARE_W = "declare namespace w='" + Ooxml.W + "' ";

    /** The children of w:settings in the schema's order (ECMA-376 Part 1, CT_Settings). */
    static final List<String> SETTINGS_ORDER = List.of("writeProtection", "view", "zoom",
            "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
            "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
            "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
            "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
            "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
            "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
            "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme",
            "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
            "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
            "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
            "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
            "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
            "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl",
            "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
            "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
            "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
            "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
            "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
            "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
            "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

    /** The settings' child {@code localName}, added in its place in the schema's order when missing. */
    static XmlObject child(XmlObject settings, String localName) {
        XmlObject[] found = settings.selectPath(DECLARE_W + "./w:" + localName);
        if (found.length > 0) {
            return found[0];
        }
        int rank = SETTINGS_ORDER.indexOf(localName);
        try (XmlCursor c = settings.newCursor()) {
            boolean placed = false;
            if (c.toFirstChild()) {
                do {
                    QName name = c.getName();
                    int other = W.equals(name.getNamespaceURI()) ? SETTINGS_ORDER.indexOf(name.getLocalPart()) : -1;
                    if (other > rank) {
                        placed = true;
                        break;
                    }
                } while (c.toNextSibling());
            }
            if (!placed) {
                // at the end of w:settings
                try (XmlCursor start = settings.newCursor()) {
                    c.toCursor(start);
                }
                c.toEndToken();
            }
            c.beginElement(new QName(W, localName));
        }
        return settings.selectPath(DECLARE_W + "./w:" + localName)[0];
    }

    /** The children of w:lvl in the schema's order (CT_Lvl). */
    static final List<String> LVL_ORDER = List.of("start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff",
            "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr");

    /** Moves an element's children into {@code order} (children it does not name go last, as they were). */
    static void reorder(XmlObject parent, List<String> order) {
        List<String> names = new ArrayList<>(order);
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    QName n = c.getName();
                    String key = W.equals(n.getNamespaceURI()) ? n.getLocalPart() : "{" + n.getNamespaceURI() + "}" + n.getLocalPart();
                    if (!names.contains(key)) {
                        names.add(key);
                    }
                } while (c.toNextSibling());
            }
        }
        for (String name : names) {
            QName q = name.startsWith("{") ? QName.valueOf(name) : new QName(W, name);
            List<XmlCursor> found = new ArrayList<>();
            try (XmlCursor c = parent.newCursor()) {
                if (c.toFirstChild()) {
                    do {
                        if (c.getName().equals(q)) {
                            found.add(c.newCursor());
                        }
                    } while (c.toNextSibling());
                }
            }
            for (XmlCursor f : found) {
                try (f; XmlCursor end = parent.newCursor()) {
                    end.toEndToken();
                    f.moveXml(end);
                }
            }
        }
    }

    static String attribute(XmlObject o, String localName) {
        try (XmlCursor c = o.newCursor()) {
            return c.getAttributeText(new QName(W, localName));
        }
    }

    static void setAttribute(XmlObject o, String localName, String value) {
        try (XmlCursor c = o.newCursor()) {
            if (!c.setAttributeText(new QName(W, localName), value)) {
                c.toNextToken();
                c.insertAttributeWithValue(new QName(W, localName), value);
            }
        }
    }

    static void remove(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            c.removeXml();
        }
    }
}
