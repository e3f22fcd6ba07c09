package dev.brigade.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop window. For now a placeholder that proves the toolkit starts from the same launcher. */
public final class DesktopApp extends Application {

    /** Starts the toolkit and shows the window; returns when the window closes. */
    public static void open(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("Brigade: drop files here (the desktop app is coming; use `brigade copy` meanwhile).");
        StackPane root = new StackPane(label);
        root.setPadding(new Insets(24));
        stage.setTitle("Brigade");
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }
}
