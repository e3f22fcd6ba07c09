package dev.brigade.ui.queue;

import dev.brigade.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What a queue cell shows for one job: state, title and commands on top, the byte-fed progress bar,
 * the figures, and the current file (long paths lose their middle, not their end). A finished job with
 * failures offers its failure list and a retry.
 */
final class JobView {
    private final JobCellActions actions;
    private final Label state = new Label();
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label percent = new Label();
    private final Label bytes = new Label();
    private final Label files = new Label();
    private final Label speed = new Label();
    private final Label eta = new Label();
    private final Label current = new Label();
    private final Label summary = new Label();
    private final Label warning = new Label();
    private final Button pause = Icons.button("pause", "Pause this job");
    private final Button resume = Icons.button("resume", "Resume this job");
    private final Button cancel = Icons.button("cancel", "Cancel this job");
    private final Button up = Icons.button("up", "Move this job up the queue");
    private final Button down = Icons.button("down", "Move this job down the queue");
    private final Button failures = new Button("Show failures");
    private final Button retry = new Button("Retry failed");
    private final Button export = new Button("Export report");
    private final HBox finishedRow = new HBox(8, failures, retry, export);
    private final VBox root;
    private final ChangeListener<JobState> stateListener = (o, was, now) -> showState(now);
    private JobItem bound;

    JobView(JobCellActions actions) {
        this.actions = actions;
        state.getStyleClass().add("state");
        title.getStyleClass().add("job-title");
        title.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(8, state, title, pause, resume, cancel, up, down);
        top.setAlignment(Pos.CENTER_LEFT);

        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        percent.getStyleClass().add("percent");
        HBox barRow = new HBox(8, bar, percent);
        barRow.setAlignment(Pos.CENTER_LEFT);

        for (Label figure : new Label[] {bytes, files, speed, eta}) {
            figure.getStyleClass().add("figure");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox figures = new HBox(16, bytes, files, gap, speed, eta);
        current.getStyleClass().add("current-file");
        current.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        current.setMaxWidth(Double.MAX_VALUE);
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        root = new VBox(6, top, barRow, figures, warning, current, summary, finishedRow);
        root.getStyleClass().add("job-box");
    }

    Node root() {
        return root;
    }

    void bind(JobItem item) {
        bound = item;
        title.textProperty().bind(item.titleProperty());
        state.textProperty().bind(item.stateProperty().map(JobState::label));
        bar.progressProperty().bind(Bindings.when(item.stateProperty().isEqualTo(JobState.SCANNING))
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(item.progressProperty()));
        percent.textProperty().bind(item.progressProperty().map(p -> Math.round(p.doubleValue() * 100) + "%"));
        bytes.textProperty().bind(item.bytesTextProperty());
        files.textProperty().bind(item.filesTextProperty());
        speed.textProperty().bind(item.speedTextProperty());
        eta.textProperty().bind(item.etaTextProperty().map(t -> t.isEmpty() || t.equals("paused") ? t : t + " left"));
        current.textProperty().bind(item.currentFileProperty());
        summary.textProperty().bind(item.summaryProperty());
        warning.textProperty().bind(item.warningProperty().map(w -> w.isEmpty() ? "" : "Warning: " + w));
        item.stateProperty().addListener(stateListener);
        showState(item.getState());

        pause.setOnAction(e -> item.pause());
        resume.setOnAction(e -> item.resume());
        cancel.setOnAction(e -> item.cancel());
        up.setOnAction(e -> actions.moveUp(item));
        down.setOnAction(e -> actions.moveDown(item));
        failures.setOnAction(e -> actions.showFailures(item));
        retry.setOnAction(e -> actions.retryFailed(item));
        export.setOnAction(e -> actions.exportReport(item));
    }

    void unbind() {
        for (Label label : new Label[] {title, state, percent, bytes, files, speed, eta, current, summary, warning}) {
            label.textProperty().unbind();
        }
        bar.progressProperty().unbind();
        if (bound != null) {
            bound.stateProperty().removeListener(stateListener);
            bound = null;
        }
    }

    private void showState(JobState now) {
        state.getStyleClass().removeIf(c -> c.startsWith("state-"));
        state.getStyleClass().add(now.styleClass());
        boolean finished = now.isFinished();
        show(pause, now == JobState.RUNNING || now == JobState.SCANNING);
        show(resume, now == JobState.PAUSED);
        show(cancel, !finished);
        show(up, now == JobState.QUEUED);
        show(down, now == JobState.QUEUED);
        boolean hasFailures = bound != null && !bound.failures().isEmpty();
        show(finishedRow, finished && bound != null && bound.report() != null);
        show(failures, hasFailures);
        show(retry, hasFailures);
        show(current, now.isActive());
        show(summary, finished);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
