package dev.brigade.core;

/** A copy buffer of the asked size does not fit in the memory the JVM may use for direct buffers. */
public final class BufferUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BufferUnavailableException(int size, Throwable cause) {
        super("cannot allocate a copy buffer of " + Sizes.format(size) + ": not enough memory (choose a smaller buffer)", cause);
    }
}
