package dev.brigade.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for the app to reach a state. */
public final class Fx {
    private Fx() {
    }

    /** The value of {@code call}, computed on the FX thread. */
    public static <T> T get(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    public static void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds; fails after {@code seconds}. */
    public static void waitUntil(int seconds, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
    }
}
