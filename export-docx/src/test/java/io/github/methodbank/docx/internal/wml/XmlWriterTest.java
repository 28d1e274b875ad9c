package io.github.methodbank.docx.internal.wml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlWriterTest {

    /** Every kind of character XML 1.0 allows, and the markup characters. */
    private static final String ALLOWED = "a & b < c > d \" e ' f\tg\nh\ri ä € \u0800 \uD7FF \uE000 \uFFFD "
            + "\uD83D\uDC69\u200D\uD83D\uDCBB \uD835\uDD18 \u05E9\u05DC\u05D5\u05DD \u6F22\u5B57 Za\u0308hlen ]]> &amp;";

    private static Element parse(XmlWriter x) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(x.toByteArray())).getDocumentElement();
    }

    @Test
    void textAndAttributesReadBackAsWritten() throws Exception {
        XmlWriter x = new XmlWriter(8);
        x.raw(XmlWriter.DECLARATION).raw("<e a=\"").attr(ALLOWED).raw("\">").text(ALLOWED).raw("</e>");
        Element e = parse(x);
        // a parser normalises nothing away: not the tab or line breaks in the attribute, not the carriage return
        assertThat(e.getAttribute("a")).isEqualTo(ALLOWED);
        assertThat(e.getTextContent()).isEqualTo(ALLOWED);
        assertThat(new String(x.toByteArray(), StandardCharsets.UTF_8)).contains("ä €", "\uD83D\uDC69");
    }

    @Test
    void charactersXmlCannotHoldAreRefusedNotWritten() {
        for (String bad : new String[] {"\u0000", "\u0001", "\u0008", "\u000B", "\u001F", "\uFFFE", "\uFFFF", "\uD800",
            "x\uDC00", "\uD83Dx"}) {
            XmlWriter x = new XmlWriter(8);
            assertThatThrownBy(() -> x.text("ok " + bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be written");
            assertThatThrownBy(() -> x.attr(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theBufferGrows() throws Exception {
        XmlWriter x = new XmlWriter(1);
        x.raw("<e>");
        String long_ = "\u20AC&".repeat(10_000);
        x.text(long_).raw("</e>");
        assertThat(parse(x).getTextContent()).isEqualTo(long_);
        assertThat(x.length()).isEqualTo(x.toByteArray().length);
    }
}
