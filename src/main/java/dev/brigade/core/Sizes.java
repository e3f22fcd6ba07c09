package dev.brigade.core;

import java.util.Locale;

/** Byte counts in binary units, for messages and option values. */
public final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Sizes() {
    }

    /** {@code 1536} becomes {@code "1.5 KiB"}; whole values keep no decimals ({@code "4 KiB"}). */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%d %s", (long) value, UNITS[unit]);
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f %s" : "%.1f %s", value, UNITS[unit]);
    }

    /**
     * Parses a byte count with an optional binary suffix: {@code 65536}, {@code 64K}, {@code 64k},
     * {@code 64KiB}, {@code 8M}, {@code 8MiB}, {@code 1G}.
     *
     * @throws IllegalArgumentException naming the text when it is not such a count
     */
    public static long parse(String text) {
        String s = text.strip();
        int end = 0;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end == 0 || end > 18) {
            throw new IllegalArgumentException("'" + text + "' is not a size (examples: 65536, 256K, 4M)");
        }
        long number = Long.parseLong(s.substring(0, end));
        String suffix = s.substring(end).strip().toUpperCase(Locale.ROOT);
        int shift;
        switch (suffix) {
            case "", "B" -> shift = 0;
            case "K", "KB", "KIB" -> shift = 10;
            case "M", "MB", "MIB" -> shift = 20;
            case "G", "GB", "GIB" -> shift = 30;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' has an unknown unit (use K, M or G)");
        }
        if (number > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return number << shift;
    }
}
