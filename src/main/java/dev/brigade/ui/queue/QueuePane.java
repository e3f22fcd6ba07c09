package dev.brigade.ui.queue;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lower half of the window: the whole queue's progress and commands, then one cell per job. */
public final class QueuePane extends VBox {
    private final JobCellActions actions;

    public QueuePane(JobQueue queue, JobCellActions actions) {
        this.actions = actions;
        getStyleClass().add("queue");
        setSpacing(8);
        setPadding(new Insets(10, 16, 14, 16));

        Label heading = new Label("Queue");
        heading.getStyleClass().add("heading");
        ProgressBar overall = new ProgressBar();
        overall.setId("overall-progress");
        overall.progressProperty().bind(queue.overallProgressProperty());
        overall.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(overall, Priority.ALWAYS);
        Label totals = new Label();
        totals.setId("overall-text");
        totals.getStyleClass().add("muted");
        totals.textProperty().bind(queue.overallTextProperty());

        Button pauseAll = new Button("_Pause all");
        pauseAll.setOnAction(e -> queue.pauseAll());
        Button resumeAll = new Button("_Resume all");
        resumeAll.setOnAction(e -> queue.resumeAll());
        Button cancelAll = new Button("Cancel _all");
        cancelAll.setId("cancel-all");
        cancelAll.setOnAction(e -> queue.cancelAll());
        Button clear = new Button("Remove _finished");
        clear.setId("remove-finished");
        clear.setOnAction(e -> queue.removeFinished());
        for (Button b : new Button[] {pauseAll, resumeAll, cancelAll}) {
            b.disableProperty().bind(queue.busyProperty().not());
        }

        Spinner<Integer> atOnce = new Spinner<>(1, 8, queue.jobsAtOnceProperty().get());
        atOnce.setId("jobs-at-once");
        atOnce.setPrefWidth(70);
        atOnce.getValueFactory().valueProperty().addListener((o, was, now) -> queue.jobsAtOnceProperty().set(now));
        atOnce.setAccessibleText("Jobs that run at once");
        Label atOnceLabel = new Label("Jobs at _once:");
        atOnceLabel.setMnemonicParsing(true);
        atOnceLabel.setLabelFor(atOnce);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, heading, gap, atOnceLabel, atOnce, pauseAll, resumeAll, cancelAll, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox progressRow = new HBox(10, overall, totals);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        ListView<JobItem> list = new ListView<>(queue.items());
        list.setId("jobs");
        list.setCellFactory(v -> new JobCell(actions));
        Label empty = new Label("No jobs yet. Drop files above, pick a destination and press Copy.");
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        progressRow.visibleProperty().bind(Bindings.isNotEmpty(queue.items()));
        getChildren().addAll(header, progressRow, list);
    }

    /**
     * Adds a job view that is never shown. Styling and laying out the first job view is slow while its
     * code is still cold; this one takes that cost just after the window opens (before, it delayed the
     * window by about 0.15 s), not when a copy starts and the copy competes with the window for the CPU.
     */
    public void warmUp() {
        Node view = new JobView(actions).root();
        view.setVisible(false);
        view.setManaged(false);
        getChildren().add(view);
    }
}
