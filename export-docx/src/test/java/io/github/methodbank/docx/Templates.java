package io.github.methodbank.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Corporate templates for tests: as Word saves one, as LibreOffice saves one. */
final class Templates {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    static final String THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";

    private Templates() {}

    /**
     * A Finnish corporate template as Word saves one (.dotx): styles with the Finnish language in
     * the defaults, Normal, a character style and a table style's conditional formatting; a
     * heading under Word's Finnish id; a numbering part with a bullet list; a theme; a header and
     * a footer; settings in compatibility mode 14.
     */
    static byte[] wordLike() {
        String styles = """
                <w:styles xmlns:w="%s">
                  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>
                    <w:sz w:val="22"/><w:lang w:val="fi-FI" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normaali"><w:name w:val="Normal"/><w:qFormat/>
                    <w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:lang w:val="fi-FI"/></w:rPr></w:style>
                  <w:style w:type="character" w:default="1" w:styleId="Kappaleenoletusfontti"><w:name w:val="Default Paragraph Font"/>
                    <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
                  <w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:basedOn w:val="Normaali"/>
                    <w:next w:val="Normaali"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="36"/><w:lang w:val="fi-FI"/></w:rPr></w:style>
                  <w:style w:type="character" w:styleId="Voimakas"><w:name w:val="Strong"/><w:basedOn w:val="Kappaleenoletusfontti"/>
                    <w:qFormat/><w:rPr><w:b/><w:bCs/><w:lang w:val="fi-FI"/></w:rPr></w:style>
                  <w:style w:type="table" w:styleId="Yritystaulukko"><w:name w:val="Corporate Table"/>
                    <w:rPr><w:lang w:val="fi-FI"/></w:rPr>
                    <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:lang w:val="fi-FI"/></w:rPr></w:tblStylePr></w:style>
                </w:styles>
                """.formatted(W);
        String numbering = """
                <w:numbering xmlns:w="%s">
                  <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
                    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>
                      <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
                  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                </w:numbering>
                """.formatted(W);
        String settings = """
                <w:settings xmlns:w="%s"><w:zoom w:percent="120"/><w:defaultTabStop w:val="1304"/>
                  <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat>
                  <w:themeFontLang w:val="fi-FI"/></w:settings>
                """.formatted(W);
        try (XWPFDocument t = new XWPFDocument()) {
            t.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            XWPFNumbering n = t.createNumbering();
            n.setNumbering(NumberingDocument.Factory.parse(numbering).getNumbering());
            for (var part : t.getRelations()) {
                if (part instanceof org.apache.poi.xwpf.usermodel.XWPFSettings st) {
                    st.getCTSettings().set(SettingsDocument.Factory.parse(settings).getSettings());
                }
            }
            t.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME Oy – sisäinen");
            t.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME Oy, Helsinki");
            t.createParagraph().createRun().setText("Pohjan oma leipäteksti");
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            t.write(docx);
            return finish(docx.toByteArray(), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds the theme and makes the package a template (.dotx) when asked. */
    private static byte[] finish(byte[] docx, boolean dotx) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart main = pkg.getPartsByContentType(DOCUMENT_MAIN).get(0);
            PackagePartName themeName = PackagingURIHelper.createPartName("/word/theme/theme1.xml");
            PackagePart theme = pkg.createPart(themeName, "application/vnd.openxmlformats-officedocument.theme+xml");
            try (OutputStream out = theme.getOutputStream()) {
                out.write(THEME_XML.getBytes(StandardCharsets.UTF_8));
            }
            main.addRelationship(themeName, TargetMode.INTERNAL, THEME);
            if (dotx) {
                pkg.replaceContentType(DOCUMENT_MAIN, TEMPLATE_MAIN);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        }
    }

    /** A .docx LibreOffice saved, with its own numbering part (see templates/README.md). */
    static byte[] libreOffice() {
        try (InputStream in = Templates.class.getResourceAsStream("templates/libreoffice-numbered.docx")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small but complete theme (colours, fonts, formats), as the schema wants one. */
    static final String THEME_XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="ACME">
            <a:themeElements>
            <a:clrScheme name="ACME"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
            <a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="C00000"/></a:accent1>
            <a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
            <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>
            <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
            <a:fontScheme name="ACME"><a:majorFont><a:latin typeface="DejaVu Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
            <a:minorFont><a:latin typeface="Liberation Serif"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
            <a:fmtScheme name="ACME">
            <a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
            <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
            <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
            <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
            </a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
            """.strip();
}
