package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Path;

/** A source's size, time or identity changed while it was copied, so the copy cannot be trusted. */
public final class SourceChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public SourceChangedException(Path source) {
        super("source changed during copy: " + source);
    }
}
