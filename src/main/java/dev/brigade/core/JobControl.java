package dev.brigade.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pause, resume and cancel for a running job, from any thread. Workers call {@link #checkpoint()}
 * between chunks: it returns at once while the job runs, waits while it is paused, and throws once it
 * is cancelled. Cancelling also interrupts the workers, so a worker blocked in I/O stops too.
 */
public final class JobControl {
    private final Object lock = new Object();
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private boolean paused;
    private volatile boolean cancelled;

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Ends the job at its next checkpoint; files already in place stay, the one under way is undone. */
    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
        for (Thread worker : workers) {
            worker.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Returns when the job may go on.
     *
     * @throws CopyCancelledException when the job was cancelled or this thread interrupted
     */
    public void checkpoint() throws CopyCancelledException {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CopyCancelledException(0);
        }
        synchronized (lock) {
            while (paused && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CopyCancelledException(0);
                }
            }
        }
        if (cancelled) {
            throw new CopyCancelledException(0);
        }
    }

    /** The calling thread works for this job until {@link #leave()}: a cancel interrupts it. */
    void enter() {
        workers.add(Thread.currentThread());
        if (cancelled) {
            Thread.currentThread().interrupt();
        }
    }

    /** The calling thread is done; an interrupt this control sent it is consumed with the cancel. */
    void leave() {
        workers.remove(Thread.currentThread());
        if (cancelled) {
            Thread.interrupted();
        }
    }
}
