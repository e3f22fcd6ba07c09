package dev.brigade.ui;

import dev.brigade.core.DaemonThreads;
import dev.brigade.ui.queue.JobQueue;
import dev.brigade.ui.queue.QueueStore;
import dev.brigade.ui.setup.Settings;
import java.io.File;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop app's lifecycle: builds the window from the user's settings and opens it. */
public final class DesktopApp extends Application {
    private final ExecutorService background = Executors.newCachedThreadPool(DaemonThreads.named("brigade-background"));

    /** Starts the toolkit and shows the window; returns when the app quits. Paths given become sources. */
    public static void open(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    private Settings settings;
    private QueueStore store;

    @Override
    public void start(Stage stage) {
        settings = Settings.forUser();
        store = QueueStore.forUser();
        MainWindow window = new MainWindow(settings, new JobQueue(), store, Dialogs::confirm, background, Platform::exit);
        new ErrorDialog(stage).install();
        List<File> given = getParameters().getRaw().stream().map(File::new).filter(File::exists).toList();
        window.sources().addFiles(given);
        window.show(stage);
        Platform.runLater(window::offerResume);
    }

    @Override
    public void stop() {
        background.shutdownNow();
        // Their writers are daemon threads: a save still pending when the app quits would be lost.
        if (settings != null) {
            settings.awaitSaved();
            store.awaitSaved();
        }
    }
}
