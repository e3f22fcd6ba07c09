package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Path;

/** A source that was planned no longer exists when its turn comes. */
public final class SourceVanishedException extends IOException {
    private static final long serialVersionUID = 1L;

    public SourceVanishedException(Path source) {
        super("source vanished: " + source);
    }
}
