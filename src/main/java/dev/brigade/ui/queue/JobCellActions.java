package dev.brigade.ui.queue;

/** What a job's cell asks of the window around the queue. */
public interface JobCellActions {
    void moveUp(JobItem item);

    void moveDown(JobItem item);

    void showFailures(JobItem item);

    void retryFailed(JobItem item);

    void exportReport(JobItem item);
}
