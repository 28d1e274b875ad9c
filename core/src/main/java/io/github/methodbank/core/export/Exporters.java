package io.github.methodbank.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds {@link ExporterProvider}s on the class path. Discovery is explicit (nothing is
 * looked up behind your back) and loud: two providers with one format id are an error.
 */
public final class Exporters {

    private Exporters() {}

    /** The providers visible to this library's class loader, sorted by format id. */
    public static List<ExporterProvider> discover() {
        return discover(Exporters.class.getClassLoader());
    }

    /**
     * The providers visible to {@code loader}, sorted by format id.
     *
     * @throws IllegalStateException when two providers declare the same format id
     */
    public static List<ExporterProvider> discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ExporterProvider> byId = new LinkedHashMap<>();
        for (ExporterProvider p : ServiceLoader.load(ExporterProvider.class, loader)) {
            ExporterProvider other = byId.putIfAbsent(p.getFormat().getId(), p);
            if (other != null && other.getClass() != p.getClass()) {
                throw new IllegalStateException("two exporters claim the format id '" + p.getFormat().getId() + "': "
                        + other.getClass().getName() + " and " + p.getClass().getName()
                        + "; remove one of them from the class path");
            }
        }
        List<ExporterProvider> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(p -> p.getFormat().getId()));
        return out;
    }

    /** The provider of this format id among {@link #discover()}. */
    public static Optional<ExporterProvider> forFormat(String id) {
        Objects.requireNonNull(id, "id");
        return discover().stream().filter(p -> p.getFormat().getId().equals(id)).findFirst();
    }
}
