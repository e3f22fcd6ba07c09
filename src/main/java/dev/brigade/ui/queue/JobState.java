package dev.brigade.ui.queue;

/** Where a queued copy job is, as the queue shows it. */
public enum JobState {
    QUEUED("Queued"),
    SCANNING("Scanning"),
    RUNNING("Running"),
    PAUSED("Paused"),
    DONE("Done"),
    DONE_WITH_ERRORS("Done with errors"),
    FAILED("Failed"),
    CANCELLED("Cancelled");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Started and not yet ended. */
    public boolean isActive() {
        return this == SCANNING || this == RUNNING || this == PAUSED;
    }

    public boolean isFinished() {
        return this == DONE || this == DONE_WITH_ERRORS || this == FAILED || this == CANCELLED;
    }

    /** The style class the queue uses for this state, e.g. {@code state-done-with-errors}. */
    public String styleClass() {
        return "state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
