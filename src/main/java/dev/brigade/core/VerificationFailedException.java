package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Path;

/** The bytes read back from a written file do not match the bytes read from its source. */
public final class VerificationFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    public VerificationFailedException(Path target, long expectedCrc, long actualCrc) {
        super(String.format("verification failed for %s: CRC32C %08x was read from the source, %08x from the copy",
                target, expectedCrc, actualCrc));
    }
}
