package dev.brigade.cli;

/** Elapsed and remaining times as a person reads them. */
final class Durations {
    private Durations() {
    }

    /** {@code 75} becomes {@code "1:15"}, {@code 3725} becomes {@code "1:02:05"}; unknown is {@code "--:--"}. */
    static String clock(long seconds) {
        if (seconds < 0) {
            return "--:--";
        }
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
