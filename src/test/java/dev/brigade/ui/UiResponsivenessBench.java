package dev.brigade.ui;

import dev.brigade.ui.queue.JobState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A measurement, not a test (surefire's patterns skip it): a job of many tiny files through the real
 * window, recording the longest gap between two FX pulses while it runs. Run it with
 * {@code bench/ui-responsiveness.sh}.
 */
@ExtendWith(ApplicationExtension.class)
class UiResponsivenessBench {
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = new AppFixture(stage);
    }

    @Test
    void longestPulseGapWhileManyTinyFilesAreCopied() throws Exception {
        int count = Integer.getInteger("bench.files", 100_000);
        Path root = Path.of(System.getProperty("bench.dir", "/tmp/brigade-bench"));
        Path source = tinyTree(root.resolve("data/tiny-" + count), count);
        Path target = Files.createTempDirectory(root, "ui-out-");
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        java.util.List<String> gaps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        long t0 = System.nanoTime();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    longest.accumulateAndGet(now - before, Math::max);
                    if (now - before > 50_000_000L) {
                        gaps.add(String.format("%.0f ms at %.2f s", (now - before) / 1e6, (now - t0) / 1e9));
                    }
                }
                pulses.incrementAndGet();
            }
        };
        Fx.run(() -> {
            app.settings.fsyncProperty().set(false);
            app.window.setup().acceptDropped(java.util.List.of(source.toFile()));
            app.window.setup().setDestination(target.toString());
            timer.start();
            app.window.setup().startJob();
        });
        long started = System.nanoTime();
        Thread fx = Fx.get(Thread::currentThread);
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long stalled = System.nanoTime() - last.get();
                if (last.get() != 0 && stalled > 150_000_000L) {
                    StringBuilder trace = new StringBuilder("STALL " + stalled / 1_000_000 + " ms:");
                    for (StackTraceElement e : fx.getStackTrace()) {
                        trace.append("\n    ").append(e);
                    }
                    System.out.println(trace.substring(0, Math.min(trace.length(), 3000)));
                    try { Thread.sleep(200); } catch (InterruptedException e) { return; }
                }
                try { Thread.sleep(20); } catch (InterruptedException e) { return; }
            }
        });
        if (Boolean.getBoolean("bench.watchdog")) {
            watchdog.setDaemon(true);
            watchdog.start();
        }
        app.waitForState(0, JobState.DONE, 1800);
        watchdog.interrupt();
        double seconds = (System.nanoTime() - started) / 1e9;
        Fx.run(timer::stop);
        System.out.printf("UI responsiveness: %,d files in %.1f s, %,d pulses, longest gap between pulses %.1f ms%n",
                count, seconds, pulses.get(), longest.get() / 1e6);
        System.out.println("UI responsiveness: gaps over 50 ms: " + gaps);
        app.close();
    }

    private static Path tinyTree(Path root, int count) throws Exception {
        Path marker = root.resolve(".complete");
        if (Files.exists(marker)) {
            return root;
        }
        byte[] data = "tiny".getBytes();
        for (int i = 0; i < count; i++) {
            Path dir = root.resolve("d" + (i % 100));
            if (i < 100) {
                Files.createDirectories(dir);
            }
            Files.write(dir.resolve("f" + i), data);
        }
        Files.createFile(marker);
        return root;
    }
}
