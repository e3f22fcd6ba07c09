package dev.brigade.ui;

import dev.brigade.core.DaemonThreads;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One thread that writes to disk for the window, in the order it is asked to. A write can take
 * hundreds of milliseconds while a copy floods the same disk, so none is made on the FX thread.
 */
public final class BackgroundWriter {
    static final long MAX_WAIT_SECONDS = 5;

    private final ExecutorService thread;

    public BackgroundWriter(String name) {
        thread = Executors.newSingleThreadExecutor(DaemonThreads.named(name));
    }

    public void write(Runnable write) {
        thread.execute(write);
    }

    /**
     * Waits until every write asked for so far is done, or at most {@link #MAX_WAIT_SECONDS}: a disk that
     * hangs must not keep the app from quitting.
     */
    public void await() {
        try {
            thread.submit(() -> { }).get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // the write goes on; there is nothing better to do than stop waiting for it
        }
    }
}
