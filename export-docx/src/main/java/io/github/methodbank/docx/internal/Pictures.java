package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportListener;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Places a method's image (PNG or JPEG from the bank's files) in the document, with alt text. */
final class Pictures {

    /** The widest an image may be: the page's content width, in points. */
    private static final double MAX_WIDTH_PT = WorkshopWriter.CONTENT_WIDTH / 20.0;
    private static final double MAX_HEIGHT_PT = 200;
    private static final int MAX_IMAGE_BYTES = 20 * 1024 * 1024;

    private Pictures() {}

    static void add(XWPFDocument doc, MethodBank bank, Method method, String image, String altText, ExportListener listener) {
        String where = "method '" + method.getId() + "', image " + image;
        if (bank.getResources().isEmpty()) {
            listener.warning(where + ": left out, the bank has no files to read it from");
            return;
        }
        byte[] bytes;
        try (InputStream in = bank.getResources().get().open(image)) {
            bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            listener.warning(where + ": left out, it cannot be read: " + e.getMessage());
            return;
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            listener.warning(where + ": left out, it is larger than " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB");
            return;
        }
        PictureType type = bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' ? PictureType.PNG
                : bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? PictureType.JPEG : null;
        if (type == null) {
            listener.warning(where + ": left out, it is neither PNG nor JPEG");
            return;
        }
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            img = null;
        }
        if (img == null) {
            listener.warning(where + ": left out, the image data is damaged");
            return;
        }
        double w = img.getWidth() * 0.75;
        double h = img.getHeight() * 0.75;
        double scale = Math.min(1.0, Math.min(MAX_WIDTH_PT / w, MAX_HEIGHT_PT / h));
        w *= scale;
        h *= scale;
        XWPFRun run = doc.createParagraph().createRun();
        try {
            XWPFPicture pic = run.addPicture(new ByteArrayInputStream(bytes), type, fileName(image),
                    Units.toEMU(w), Units.toEMU(h));
            var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(altText);
            pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(altText);
        } catch (IOException | InvalidFormatException e) {
            listener.warning(where + ": left out: " + e.getMessage());
        }
    }

    private static String fileName(String image) {
        int slash = image.lastIndexOf('/');
        return slash < 0 ? image : image.substring(slash + 1);
    }
}
