package io.github.methodbank.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class PageContentTest {

    @Test
    void writesNumbersWithoutTrailingZerosOrNegativeZero() {
        PageContent c = new PageContent();
        c.num(0).num(1).num(12.5f).num(-3.25f).num(0.004f).num(-0.004f).num(283.4646f).num(0.30000001f, 3).op("re");
        assertThat(c.toString()).isEqualTo("0 1 12.5 -3.25 0 0 283.46 0.3 re\n");
    }

    @Test
    void writesNamesAndCompressesWhatItHolds() throws Exception {
        PageContent c = new PageContent();
        c.name("F1").num(8.6f).op("Tf").name("Artifact").op("BMC");
        assertThat(c.toString()).isEqualTo("/F1 8.6 Tf\n/Artifact BMC\n");
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        c.writeCompressedTo(packed);
        Inflater inflater = new Inflater();
        inflater.setInput(packed.toByteArray());
        byte[] out = new byte[100];
        int n = inflater.inflate(out);
        assertThat(new String(out, 0, n, "ISO-8859-1")).isEqualTo(c.toString());
        c.close();
    }
}
