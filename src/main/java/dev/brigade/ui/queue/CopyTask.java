package dev.brigade.ui.queue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.FileOutcome;
import dev.brigade.core.FreeSpace;
import dev.brigade.core.JobControl;
import dev.brigade.core.JobListener;
import dev.brigade.core.JobPlanner;
import dev.brigade.core.JobProgress;
import dev.brigade.core.JobReport;
import dev.brigade.core.JobRunner;
import dev.brigade.core.Plan;
import dev.brigade.core.PlanEntry;
import dev.brigade.core.ProgressSnapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/**
 * The one adapter from a core copy job to a JavaFX {@link Task}. The job itself knows nothing of
 * JavaFX; this task runs it on a worker thread and feeds {@code updateProgress(bytesDone, bytesTotal)}
 * and {@code updateMessage} from its byte counts, at most ten times a second however many files fly
 * by. JavaFX coalesces those updates, so the FX thread sees a bounded trickle.
 */
public final class CopyTask extends Task<JobReport> {
    private static final long PUBLISH_NANOS = 100_000_000L;

    private final CopyJob job;
    private final JobProgress progress = new JobProgress();
    private final JobControl control = new JobControl();
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private volatile long lastPublish;
    private volatile String warning = "";

    public CopyTask(CopyJob job) {
        this.job = job;
    }

    @Override
    protected JobReport call() throws Exception {
        updateMessage("Scanning…");
        Plan plan = JobPlanner.plan(job, progress, control);
        warning = FreeSpace.shortfall(plan).orElse("");
        publish();
        JobReport report = new JobRunner(plan, progress, new Listener(), control).run();
        publish();
        return report;
    }

    /** A warning found while planning (the job may not fit), or empty. */
    public String warning() {
        return warning;
    }

    /** Counters the queue samples for speed and time left. */
    public JobProgress progressCounters() {
        return progress;
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    public boolean isPaused() {
        return control.isPaused();
    }

    /** Cancels the copy cleanly: the file under way is undone, copied files stay. */
    public void cancelCopy() {
        control.cancel();
        if (!isRunning()) {
            cancel(false);
        }
    }

    /** Every outcome so far, in the order they were reported. */
    public List<FileOutcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    private void publish() {
        ProgressSnapshot s = progress.snapshot();
        updateProgress(s.bytesDone(), Math.max(1, s.bytesTotal()));
        updateMessage(s.currentFile() == null ? "" : s.currentFile().toString());
        lastPublish = System.nanoTime();
    }

    private void publishNowAndThen() {
        if (System.nanoTime() - lastPublish >= PUBLISH_NANOS) {
            publish();
        }
    }

    private final class Listener implements JobListener {
        @Override
        public void fileStarted(PlanEntry entry) {
            publishNowAndThen();
        }

        @Override
        public void bytesCopied(long bytes) {
            publishNowAndThen();
        }

        @Override
        public void fileFinished(FileOutcome outcome) {
            synchronized (outcomes) {
                outcomes.add(outcome);
            }
            publishNowAndThen();
        }
    }
}
