package dev.brigade.core;

/** Fits long names into narrow places by cutting their middle, where paths say the least. */
public final class Shorten {
    private static final String ELLIPSIS = "…";

    private Shorten() {
    }

    /** {@code text} itself if it fits in {@code max} characters, else its start and end around an ellipsis. */
    public static String middle(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return ELLIPSIS.substring(0, Math.max(0, max));
        }
        int keep = max - ELLIPSIS.length();
        int head = keep / 2;
        int tail = keep - head;
        return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - tail);
    }
}
