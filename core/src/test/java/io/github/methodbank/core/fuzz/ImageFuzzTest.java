package io.github.methodbank.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.methodbank.core.export.MethodImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Coverage-guided fuzzing (Jazzer) of the image gate every exporter uses; seeded with small PNG
 * and JPEG files. Without {@code JAZZER_FUZZ=1} it replays the seeds and earlier crashes.
 */
class ImageFuzzTest {

    /**
     * Any bytes give a checked image or an {@link IOException} saying why not, never another
     * exception; an image that passes has the size the JDK's own reader sees in it.
     */
    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveACheckedImageOrAReason(byte[] data) throws IOException {
        MethodImage image;
        try {
            image = MethodImage.check(data, "fuzz");
        } catch (IOException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a reason", e);
            }
            return;
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0
                || (long) image.getWidth() * image.getHeight() > MethodImage.MAX_PIXELS) {
            throw new AssertionError("accepted an image of " + image.getWidth() + " × " + image.getHeight() + " pixels");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AssertionError("accepted an image the JDK cannot read: " + image);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) != image.getWidth() || reader.getHeight(0) != image.getHeight()) {
                    throw new AssertionError("the JDK sees " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels in " + image);
                }
            } finally {
                reader.dispose();
            }
        }
    }
}
