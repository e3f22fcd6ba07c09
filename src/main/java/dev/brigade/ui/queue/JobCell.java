package dev.brigade.ui.queue;

import javafx.scene.control.ListCell;

/**
 * One job in the queue list. A list fills its whole height with cells, most of them empty; an empty
 * cell stays a bare cell, and a cell builds its {@link JobView} only when it first shows a job. That
 * keeps the first layout of a queue cheap, which matters while a copy keeps both cores busy.
 */
final class JobCell extends ListCell<JobItem> {
    private final JobCellActions actions;
    private JobView view;

    JobCell(JobCellActions actions) {
        this.actions = actions;
        getStyleClass().add("job-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(JobItem item, boolean empty) {
        super.updateItem(item, empty);
        if (view != null) {
            view.unbind();
        }
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (view == null) {
            view = new JobView(actions);
        }
        view.bind(item);
        setGraphic(view.root());
    }
}
