package io.github.methodbank.cli;

import io.github.methodbank.core.export.ExportListener;
import java.io.PrintWriter;

/**
 * Shows progress on a terminal (a bar redrawn on one line of standard error) and prints
 * warnings. The bar is drawn only when the JVM has a console (standard input and output are a
 * terminal), so piped or redirected runs and --quiet get none.
 */
final class Progress implements ExportListener {
    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private int lastPercent = -1;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.bar = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void progress(int done, int total) {
        if (!bar || total < 20) {
            return;
        }
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int width = 30;
        int filled = percent * width / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "% " + done + "/" + total);
        if (done >= total) {
            err.print("\r" + " ".repeat(width + 20) + "\r");
        }
        err.flush();
    }

    @Override
    public synchronized void warning(String message) {
        if (!quiet) {
            if (bar && lastPercent >= 0 && lastPercent < 100) {
                err.print("\r");
            }
            err.println("warning: " + Terminal.escape(message));
            err.flush();
        }
    }
}
