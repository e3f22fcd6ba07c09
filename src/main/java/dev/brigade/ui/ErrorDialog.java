package dev.brigade.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The app's handler for exceptions nobody caught: one dialog saying what happened, with the details
 * folded away. While one is open, further errors only add to its details, so a burst of errors never
 * buries the window in dialogs.
 */
public final class ErrorDialog {
    private final Window owner;
    private Alert open;
    private TextArea details;

    public ErrorDialog(Window owner) {
        this.owner = owner;
    }

    /** Installs this as the handler of uncaught exceptions on every thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    public void show(Throwable error) {
        String trace = traceOf(error);
        if (open != null && open.isShowing()) {
            details.appendText("\n\n" + trace);
            return;
        }
        details = new TextArea(trace);
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        open = new Alert(Alert.AlertType.ERROR);
        open.initOwner(owner);
        open.setTitle("Brigade: unexpected error");
        open.setHeaderText("Something went wrong that Brigade did not expect.");
        open.setContentText(error.getClass().getSimpleName() + ": " + error.getMessage()
                + "\n\nCopies already in place are intact. The details below help report it.");
        open.getDialogPane().setExpandableContent(details);
        open.show();
    }

    private static String traceOf(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
