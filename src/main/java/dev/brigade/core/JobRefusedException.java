package dev.brigade.core;

/**
 * A job that must not start: its message names the path and the reason. Thrown before anything is
 * written, so a refused job leaves the disk as it was.
 */
public final class JobRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public JobRefusedException(String message) {
        super(message);
    }
}
