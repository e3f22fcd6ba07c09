package dev.brigade.core;

import java.util.Locale;

/** How one file of a job ended. */
public enum Outcome {
    COPIED, SKIPPED, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
