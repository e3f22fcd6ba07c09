package dev.brigade.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about where the command's output goes. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Whether standard error is a terminal, so a live progress line makes sense there. Java has no
     * isatty; on Linux the descriptor's link names the terminal device, elsewhere an interactive
     * console stands in for it.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** The terminal's width when the shell exports it, else the classic 80. */
    static int columns() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
            return Math.max(40, Math.min(columns, 300));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
