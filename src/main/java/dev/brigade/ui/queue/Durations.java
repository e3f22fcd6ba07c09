package dev.brigade.ui.queue;

/** Spans of time in the few words a progress line has room for. */
public final class Durations {
    private Durations() {
    }

    /** {@code 42} becomes {@code "42 s"}, {@code 135} {@code "2 min 15 s"}, {@code 7260} {@code "2 h 1 min"}. */
    public static String left(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }
}
