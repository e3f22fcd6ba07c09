package dev.brigade.ui.queue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.DaemonThreads;
import dev.brigade.core.ProgressSnapshot;
import dev.brigade.core.Sizes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The queue of copy jobs. Jobs start in list order, by default one at a time so that jobs on one disk
 * do not thrash it; how many run at once is a setting. Queued jobs can be reordered. Everything here
 * runs on the FX thread; the copying happens on the queue's worker threads.
 */
public final class JobQueue {
    private final ObservableList<JobItem> items = FXCollections.observableArrayList();
    private final IntegerProperty jobsAtOnce = new SimpleIntegerProperty(1);
    private final ReadOnlyDoubleWrapper overallProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper overallText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ExecutorService workers;
    private final Timeline poller = new Timeline(new KeyFrame(Duration.millis(250), e -> refresh(System.nanoTime())));
    private Consumer<JobItem> onFinished = item -> { };
    private Runnable onChange = () -> { };

    public JobQueue() {
        workers = Executors.newCachedThreadPool(DaemonThreads.numbered("brigade-job"));
        jobsAtOnce.addListener((o, was, now) -> schedule());
        poller.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Starts sampling running jobs four times a second, on the FX thread. However fast files finish, the
     * FX thread does this fixed amount of work.
     */
    public void startPolling() {
        poller.play();
    }

    public void stopPolling() {
        poller.stop();
    }

    /** Queues a job; it starts when a slot is free. */
    public JobItem add(CopyJob job) {
        JobItem item = new JobItem(job);
        item.stateProperty().addListener((o, was, now) -> {
            if (now.isFinished() && !was.isFinished()) {
                schedule();
                refresh(System.nanoTime());
                onFinished.accept(item);
                onChange.run();
            }
        });
        items.add(item);
        schedule();
        onChange.run();
        return item;
    }

    private void schedule() {
        long running = items.stream().filter(i -> i.getState().isActive()).count();
        for (JobItem item : items) {
            if (running >= jobsAtOnce.get()) {
                return;
            }
            if (item.getState() == JobState.QUEUED) {
                item.start(workers);
                running++;
            }
        }
    }

    /** Samples every running job and the totals; the queue's poller calls this a few times a second. */
    public void refresh(long nowNanos) {
        long done = 0;
        long total = 0;
        int active = 0;
        for (JobItem item : items) {
            item.refresh(nowNanos);
            if (item.getState().isActive() || item.getState() == JobState.QUEUED) {
                active++;
            }
            ProgressSnapshot s = item.lastSample();
            if (s != null && item.getState() != JobState.CANCELLED && item.getState() != JobState.FAILED) {
                done += s.bytesDone();
                total += s.bytesTotal();
            }
        }
        busy.set(active > 0);
        overallProgress.set(total == 0 ? (active > 0 ? 0 : 1) : (double) done / total);
        overallText.set(total == 0 ? "" : String.format(Locale.ROOT, "%s of %s in %d job%s", Sizes.format(done),
                Sizes.format(total), items.size(), items.size() == 1 ? "" : "s"));
    }

    /** Moves a queued job one place up; returns false when it cannot move. */
    public boolean moveUp(JobItem item) {
        return move(item, -1);
    }

    public boolean moveDown(JobItem item) {
        return move(item, +1);
    }

    private boolean move(JobItem item, int step) {
        int from = items.indexOf(item);
        int to = from + step;
        if (from < 0 || item.getState() != JobState.QUEUED || to < 0 || to >= items.size()) {
            return false;
        }
        items.remove(from);
        items.add(to, item);
        schedule();
        onChange.run();
        return true;
    }

    public void removeFinished() {
        items.removeIf(i -> i.getState().isFinished());
        refresh(System.nanoTime());
    }

    public void pauseAll() {
        items.forEach(JobItem::pause);
    }

    public void resumeAll() {
        items.forEach(JobItem::resume);
    }

    /** Cancels every job: queued ones never start, running ones stop cleanly. */
    public void cancelAll() {
        for (JobItem item : List.copyOf(items)) {
            if (item.getState() == JobState.QUEUED) {
                item.cancel();
            }
        }
        items.forEach(JobItem::cancel);
    }

    /**
     * Waits until every worker has finished its clean-up. Call after {@link #cancelAll()}, off the FX
     * thread: a cancelled job still deletes its temporary file and flushes what it copied.
     */
    public boolean awaitWorkers(long timeout, TimeUnit unit) throws InterruptedException {
        workers.shutdown();
        return workers.awaitTermination(timeout, unit);
    }

    public boolean hasActiveJobs() {
        return items.stream().anyMatch(i -> i.getState().isActive() || i.getState() == JobState.QUEUED);
    }

    public void setOnFinished(Consumer<JobItem> listener) {
        this.onFinished = listener;
    }

    /** Told when jobs are added, reordered or finish: when the set of unfinished jobs may have changed. */
    public void setOnChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The jobs queued or running, in queue order. */
    public List<CopyJob> unfinishedJobs() {
        return items.stream().filter(i -> i.getState() == JobState.QUEUED || i.getState().isActive())
                .map(JobItem::job).toList();
    }

    public ObservableList<JobItem> items() {
        return items;
    }

    public IntegerProperty jobsAtOnceProperty() {
        return jobsAtOnce;
    }

    public ReadOnlyDoubleProperty overallProgressProperty() {
        return overallProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText.getReadOnlyProperty();
    }

    /** True while any job is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
