package dev.brigade.ui.setup;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes a node accept files dragged from the desktop: while a drag with files is over it, it carries
 * the style class {@code drag-over}; a drop hands the files to the consumer. Drops and the "Add…"
 * choosers end in the same consumer, so both take one path into the app.
 */
public final class DropZone {
    public static final String DRAG_OVER = "drag-over";

    private DropZone() {
    }

    public static void install(Node node, Consumer<List<File>> onFiles) {
        node.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (carriesFiles(event.getDragboard())) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!node.getStyleClass().contains(DRAG_OVER)) {
                    node.getStyleClass().add(DRAG_OVER);
                }
                event.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_EXITED, event -> node.getStyleClass().remove(DRAG_OVER));
        node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean accepted = carriesFiles(event.getDragboard());
            if (accepted) {
                onFiles.accept(List.copyOf(event.getDragboard().getFiles()));
            }
            node.getStyleClass().remove(DRAG_OVER);
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    static boolean carriesFiles(Dragboard dragboard) {
        return dragboard != null && dragboard.hasFiles() && !dragboard.getFiles().isEmpty();
    }
}
