package io.github.methodbank.core;

import java.util.Locale;

/** Rules for image paths in a bank. */
final class ImagePaths {
    private ImagePaths() {}

    /** Why an image path is not acceptable, or null when it is. */
    static String problem(String image) {
        if (image.isBlank()) {
            return "the image path is empty";
        }
        String lower = image.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            return "image '" + image + "' must be a PNG or JPEG file (.png, .jpg or .jpeg)";
        }
        return locationProblem(image);
    }

    /** Why a path does not stay inside the bank, or null when it does. */
    static String locationProblem(String image) {
        if (image.isBlank()) {
            return "the path is empty";
        }
        if (image.startsWith("/") || image.startsWith("\\") || image.matches("^[A-Za-z]:.*") || image.contains("\\")) {
            return "image '" + image + "' must be a path relative to the bank's directory, with / as separator";
        }
        for (String segment : image.split("/", -1)) {
            if (segment.equals("..")) {
                return "image '" + image + "' leaves the bank's directory; keep images inside it";
            }
        }
        return null;
    }
}
