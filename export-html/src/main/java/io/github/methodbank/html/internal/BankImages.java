package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a method's image from the bank's resources: the one place this module opens bank files,
 * so that it can move to the core's checked image reading in one change. PNG and JPEG only, at most
 * {@value #MAX_BYTES} bytes; anything else is left out with a warning naming the method. Not API.
 */
final class BankImages {

    /** The largest image a site carries. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** An image as read: its bytes and file extension ({@code png} or {@code jpg}). */
    record Image(byte[] bytes, String extension) {}

    private BankImages() {}

    /** The method's image, or empty (with a warning) when it has none that can be read. */
    static Optional<Image> read(MethodBank bank, Method method, ExportListener listener) {
        String path = method.getImage().orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        if (bank.getResources().isEmpty()) {
            listener.warning("method '" + method.getId() + "': image " + path
                    + " left out: the bank was not read from a file, so its images cannot be found");
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = bank.getResources().get().open(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            listener.warning("method '" + method.getId() + "': image " + path + " left out: " + e.getMessage());
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            listener.warning("method '" + method.getId() + "': image " + path + " left out: larger than " + MAX_BYTES
                    + " bytes");
            return Optional.empty();
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of(new Image(bytes, "png"));
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(new Image(bytes, "jpg"));
        }
        listener.warning("method '" + method.getId() + "': image " + path + " left out: it is not a PNG or JPEG image");
        return Optional.empty();
    }
}
