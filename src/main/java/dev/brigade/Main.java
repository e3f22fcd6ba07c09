package dev.brigade;

import dev.brigade.cli.BrigadeCli;

/**
 * The entry point. It is not a JavaFX application, so {@code --version} and {@code copy} answer
 * without loading the toolkit: no arguments (or only paths) open the desktop app; {@code copy},
 * {@code --help} and other options go to the command line.
 */
public final class Main {
    private Main() {
    }

    /** On X11 and Wayland desktops a window needs a display; Windows and macOS always have one. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return true;
        }
        return !System.getenv().getOrDefault("DISPLAY", "").isEmpty()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("brigade " + Version.get());
            return;
        }
        if (BrigadeCli.handles(args)) {
            System.exit(BrigadeCli.run(args));
        }
        if (!hasDisplay()) {
            System.err.println("brigade: no display to open a window on (DISPLAY is not set); "
                    + "use 'brigade copy SOURCE... TARGET' on the command line");
            System.exit(2);
        }
        dev.brigade.ui.DesktopApp.open(args);
    }
}
