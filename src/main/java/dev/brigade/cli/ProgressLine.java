package dev.brigade.cli;

import dev.brigade.core.JobProgress;
import dev.brigade.core.ProgressSnapshot;
import dev.brigade.core.RateMeter;
import dev.brigade.core.Shorten;
import dev.brigade.core.Sizes;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on a terminal, redrawn in place a few times a second from samples of the
 * job's counters: bar, bytes, speed, time left and the current file.
 */
final class ProgressLine implements AutoCloseable {
    private static final long REDRAW_MILLIS = 250;
    private static final int BAR_WIDTH = 20;

    private final JobProgress progress;
    private final PrintStream out;
    private final int columns;
    private final RateMeter meter = new RateMeter();
    private final Thread thread;
    private volatile boolean running = true;

    ProgressLine(JobProgress progress, PrintStream out, int columns) {
        this.progress = progress;
        this.out = out;
        this.columns = columns;
        this.thread = new Thread(this::loop, "brigade-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            ProgressSnapshot snapshot = progress.snapshot();
            meter.sample(System.nanoTime(), snapshot.bytesCopied());
            draw(render(snapshot, meter, columns));
            try {
                Thread.sleep(REDRAW_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void draw(String line) {
        if (running) {
            out.print("\r" + line + "\u001b[K");
            out.flush();
        }
    }

    /** Prints {@code message} as a line of its own above the progress line, which is redrawn below it. */
    synchronized void printAbove(String message) {
        out.print(running ? "\r\u001b[K" + message + "\n" : message + "\n");
        out.flush();
    }

    static String render(ProgressSnapshot s, RateMeter meter, int columns) {
        String line = switch (s.phase()) {
            case SCANNING -> String.format(Locale.ROOT, "scanning… %,d files, %s", s.filesTotal(), Sizes.format(s.bytesTotal()));
            case FLUSHING -> "writing the last data to disk…";
            case FINISHED -> "";
            case COPYING -> copying(s, meter, columns);
        };
        return line.length() > columns - 1 ? line.substring(0, columns - 1) : line;
    }

    private static String copying(ProgressSnapshot s, RateMeter meter, int columns) {
        double fraction = s.fraction();
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        double speed = meter.bytesPerSecond();
        String rate = speed < 0 ? "--" : Sizes.format((long) speed) + "/s";
        String eta = Durations.clock(meter.secondsLeft(s.bytesTotal() - s.bytesDone()));
        String head = String.format(Locale.ROOT, "%3d%% [%s] %s/%s %s ETA %s ",
                (int) Math.floor(fraction * 100), bar, Sizes.format(s.bytesDone()), Sizes.format(s.bytesTotal()), rate, eta);
        String file = s.currentFile() == null || s.currentFile().getFileName() == null
                ? "" : s.currentFile().getFileName().toString();
        int room = columns - 1 - head.length();
        return room > 3 ? head + Shorten.middle(Printable.of(file), room) : head;
    }

    /** Stops redrawing and clears the line, so what is printed next starts clean. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        out.print("\r\u001b[K");
        out.flush();
    }
}
