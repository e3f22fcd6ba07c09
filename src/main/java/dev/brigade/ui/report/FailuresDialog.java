package dev.brigade.ui.report;

import dev.brigade.core.FileOutcome;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Lists a finished job's failed files, each with its reason, and offers a retry of just those. */
public final class FailuresDialog {
    public static final ButtonType RETRY = new ButtonType("Retry failed", ButtonBar.ButtonData.OK_DONE);

    private FailuresDialog() {
    }

    /** A text cell that cuts long text where asked and shows all of it in a tooltip. */
    private static final class TextCell extends TableCell<FileOutcome, String> {
        TextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null ? null : new Tooltip(text));
        }
    }

    /** Shows the list; returns true when the person chose to retry. */
    public static boolean show(Window owner, String jobTitle, java.util.List<FileOutcome> failures) {
        TableView<FileOutcome> table = new TableView<>();
        table.setId("failures");
        TableColumn<FileOutcome, String> path = new TableColumn<>("File");
        path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source().toString()));
        path.setPrefWidth(520);
        path.setCellFactory(c -> new TextCell(OverrunStyle.CENTER_ELLIPSIS));
        TableColumn<FileOutcome, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        reason.setPrefWidth(360);
        reason.setCellFactory(c -> new TextCell(OverrunStyle.ELLIPSIS));
        table.getColumns().add(path);
        table.getColumns().add(reason);
        table.getItems().setAll(failures);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Failed files");
        dialog.setHeaderText(failures.size() + (failures.size() == 1 ? " file" : " files") + " failed in " + jobTitle);
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().addAll(RETRY, ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefWidth(920);
        return dialog.showAndWait().filter(RETRY::equals).isPresent();
    }
}
