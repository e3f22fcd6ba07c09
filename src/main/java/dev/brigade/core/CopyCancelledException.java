package dev.brigade.core;

import java.io.InterruptedIOException;

/**
 * A copy ended because its thread was interrupted, which is how a job is cancelled. It is an
 * {@link InterruptedIOException}, so code that only knows java.io still sees an interruption.
 */
public final class CopyCancelledException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    private final long bytesCopied;

    public CopyCancelledException(long bytesCopied) {
        super("copy cancelled after " + bytesCopied + " bytes");
        this.bytesCopied = bytesCopied;
        this.bytesTransferred = (int) Math.min(Integer.MAX_VALUE, bytesCopied);
    }

    /** How many bytes reached the destination before the copy stopped. */
    public long bytesCopied() {
        return bytesCopied;
    }
}
