package dev.brigade.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The app's yes/no questions, as modal alerts whose buttons say what they do. */
public final class Dialogs {
    private Dialogs() {
    }

    public static boolean confirm(String title, String question, String yes) {
        ButtonType doIt = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, doIt, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(doIt::equals).isPresent();
    }
}
