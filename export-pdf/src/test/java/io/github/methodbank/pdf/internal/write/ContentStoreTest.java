package io.github.methodbank.pdf.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

class ContentStoreTest {

    @Test
    void partsReadBackExactlyAlsoBeyondTheHeapPartAndTheScratchFileGoesOnClose() throws IOException {
        int scratchFilesBefore = scratchFiles();
        Random random = new Random(7);
        List<byte[]> written = new ArrayList<>();
        List<COSStream> streams = new ArrayList<>();
        ContentStore store = new ContentStore(8 * 1024);
        try {
            for (int i = 0; i < 60; i++) {
                byte[] bytes = new byte[i == 5 ? 0 : 1 + random.nextInt(9000)];
                random.nextBytes(bytes);
                ContentStore.Part part = store.part();
                part.write(bytes, 0, bytes.length / 2);
                for (int k = bytes.length / 2; k < bytes.length; k++) {
                    part.write(bytes[k]);
                }
                written.add(bytes);
                streams.add(part.stream());
            }
            // 60 parts of up to 9 KB do not fit the 8 KB in the heap
            assertThat(scratchFiles()).isEqualTo(scratchFilesBefore + 1);
            for (int i = streams.size() - 1; i >= 0; i--) { // any order
                COSStream s = streams.get(i);
                assertThat(s.getInt(COSName.LENGTH)).isEqualTo(written.get(i).length);
                assertThat(s.getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
                try (InputStream in = s.createRawInputStream()) {
                    assertThat(in.readAllBytes()).as("part %d", i).isEqualTo(written.get(i));
                }
            }
        } finally {
            store.close();
        }
        assertThat(scratchFiles()).isEqualTo(scratchFilesBefore);
    }

    private static int scratchFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return (int) files.filter(p -> p.getFileName().toString().startsWith("PDFBox")).count();
        }
    }
}
