package dev.brigade.ui.queue;

import dev.brigade.core.CopyCancelledException;
import dev.brigade.core.CopyJob;
import dev.brigade.core.FailureReasons;
import dev.brigade.core.FileOutcome;
import dev.brigade.core.JobPhase;
import dev.brigade.core.JobRefusedException;
import dev.brigade.core.JobReport;
import dev.brigade.core.ProgressSnapshot;
import dev.brigade.core.RateMeter;
import dev.brigade.core.Sizes;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One job in the queue, as the view sees it: read-only properties for its title, state, progress and
 * figures, and commands to pause, resume and cancel it. Lives on the FX thread; the copying runs in its
 * {@link CopyTask}, and the figures are refreshed from samples a few times a second.
 */
public final class JobItem {
    private final CopyJob job;
    private final CopyTask task;
    private final RateMeter meter = new RateMeter();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(JobState.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper bytesText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filesText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ObservableList<FileOutcome> failures = FXCollections.observableArrayList();
    private ProgressSnapshot last;
    private JobReport report;
    /** Read when the task reports its end, which may come before {@link #cancel()} returns. */
    private boolean cancelledWhileQueued;

    public JobItem(CopyJob job) {
        this.job = job;
        this.task = new CopyTask(job);
        title.set(Titles.of(job));
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finished(task.getValue(), null));
        task.setOnFailed(e -> finished(null, task.getException()));
        task.setOnCancelled(e -> finished(null, new CopyCancelledException(0)));
    }

    public CopyJob job() {
        return job;
    }

    void start(Executor executor) {
        state.set(JobState.SCANNING);
        executor.execute(task);
    }

    public void pause() {
        if (state.get() == JobState.SCANNING || state.get() == JobState.RUNNING) {
            task.pause();
            meter.pause();
            state.set(JobState.PAUSED);
        }
    }

    public void resume() {
        if (state.get() == JobState.PAUSED) {
            task.resume();
            refresh(System.nanoTime());
        }
    }

    /** Cancels a running job cleanly, or drops a queued one. */
    public void cancel() {
        if (state.get() == JobState.QUEUED) {
            cancelledWhileQueued = true;
            task.cancelCopy();
            state.set(JobState.CANCELLED);
        } else if (state.get().isActive()) {
            task.cancelCopy();
        }
    }

    /** Samples the job's counters: called a few times a second while it runs. */
    void refresh(long nowNanos) {
        if (!state.get().isActive()) {
            return;
        }
        ProgressSnapshot s = task.progressCounters().snapshot();
        last = s;
        warning.set(task.warning());
        if (task.isPaused()) {
            state.set(JobState.PAUSED);
        } else {
            state.set(s.phase() == JobPhase.SCANNING ? JobState.SCANNING : JobState.RUNNING);
            meter.sample(nowNanos, s.bytesCopied());
        }
        show(s);
    }

    private void show(ProgressSnapshot s) {
        if (s.phase() == JobPhase.SCANNING) {
            filesText.set(String.format(Locale.ROOT, "%,d files found", s.filesTotal()));
            bytesText.set(Sizes.format(s.bytesTotal()));
            return;
        }
        filesText.set(String.format(Locale.ROOT, "%,d of %,d files", s.filesDone(), s.filesTotal()));
        bytesText.set(Sizes.format(s.bytesDone()) + " of " + Sizes.format(s.bytesTotal()));
        double speed = meter.bytesPerSecond();
        speedText.set(speed < 0 || state.get() == JobState.PAUSED ? "" : Sizes.format((long) speed) + "/s");
        long left = meter.secondsLeft(s.bytesTotal() - s.bytesDone());
        etaText.set(state.get() == JobState.PAUSED ? "paused" : left < 0 ? "" : Durations.left(left));
        currentFile.set(s.currentFile() == null ? "" : s.currentFile().toString());
    }

    private void finished(JobReport finalReport, Throwable error) {
        report = finalReport;
        warning.set(task.warning());
        currentFile.set("");
        speedText.set("");
        etaText.set("");
        if (last != null || finalReport != null) {
            show(task.progressCounters().snapshot());
            speedText.set("");
            etaText.set("");
            currentFile.set("");
        }
        if (finalReport != null) {
            failures.setAll(finalReport.failures());
            summary.set(Titles.summary(finalReport));
            state.set(finalReport.cancelled() ? JobState.CANCELLED
                    : finalReport.failed() > 0 ? JobState.DONE_WITH_ERRORS : JobState.DONE);
        } else if (error instanceof CopyCancelledException) {
            summary.set(cancelledWhileQueued ? "Cancelled before it started" : "Cancelled while scanning; nothing was written");
            state.set(JobState.CANCELLED);
        } else {
            summary.set(reasonOf(error));
            state.set(JobState.FAILED);
        }
    }

    private static String reasonOf(Throwable error) {
        if (error instanceof JobRefusedException) {
            return error.getMessage();
        }
        if (error instanceof IOException io) {
            return FailureReasons.describe(io);
        }
        return "unexpected error: " + error;
    }

    /** Every file's outcome, for a report. */
    public List<FileOutcome> outcomes() {
        return task.outcomes();
    }

    /** The finished job's report, or null while it runs. */
    public JobReport report() {
        return report;
    }

    /** The last sample of the job's counters, or null before it started. */
    ProgressSnapshot lastSample() {
        return last == null ? null : task.progressCounters().snapshot();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public JobState getState() {
        return state.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesTextProperty() {
        return bytesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filesTextProperty() {
        return filesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** Set when the job may not fit on the target's disk. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The failed files of a finished job, each with its reason. */
    public ObservableList<FileOutcome> failures() {
        return FXCollections.unmodifiableObservableList(failures);
    }
}
