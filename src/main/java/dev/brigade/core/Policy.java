package dev.brigade.core;

import java.util.Locale;

/** What a job does when a target file already exists. */
public enum Policy {
    /** Replace every existing target. */
    OVERWRITE("replace files that already exist"),
    /** Keep every existing target untouched. */
    SKIP("keep files that already exist"),
    /** Replace an existing target only when its size or modification time differ, like rsync's quick check. */
    SYNC("replace files whose size or modification time differ");

    private final String explanation;

    Policy(String explanation) {
        this.explanation = explanation;
    }

    /** One line a person can read next to the choice. */
    public String explanation() {
        return explanation;
    }

    /** The lower-case name used on the command line and in settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
