package dev.brigade.ui;

import dev.brigade.core.CopyJob;
import dev.brigade.ui.queue.JobItem;
import dev.brigade.ui.queue.JobQueue;
import dev.brigade.ui.queue.JobState;
import dev.brigade.ui.queue.QueuePane;
import dev.brigade.ui.queue.QueueStore;
import dev.brigade.ui.report.FailuresDialog;
import dev.brigade.ui.report.ReportCsv;
import dev.brigade.ui.setup.JobStarter;
import dev.brigade.ui.setup.Settings;
import dev.brigade.ui.setup.SetupPane;
import dev.brigade.ui.setup.SourceList;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Brigade's window: setup above, queue below. It wires the views to the models, keeps the window
 * title showing overall progress, announces finished jobs, and asks before closing over running jobs.
 */
public final class MainWindow {
    private final Settings settings;
    private final JobQueue queue;
    private final SourceList sources = new SourceList();
    private final JobStarter.Confirm confirm;
    private final BorderPane root = new BorderPane();
    private final QueuePane queuePane;
    private final SetupPane setup;
    private final Runnable quit;
    private final BooleanProperty stopping = new SimpleBooleanProperty(false);
    private final QueueStore store;
    private Stage stage;

    public MainWindow(Settings settings, JobQueue queue, QueueStore store, JobStarter.Confirm confirm,
                      Executor background, Runnable quit) {
        this.settings = settings;
        this.store = store;
        this.queue = queue;
        this.confirm = confirm;
        this.quit = quit;
        queue.jobsAtOnceProperty().bindBidirectional(settings.jobsAtOnceProperty());
        setup = new SetupPane(sources, settings, confirm,
                messages -> new JobStarter(sources, settings, queue, confirm, messages, background));
        queuePane = new QueuePane(queue, new QueueActions(background));
        SplitPane split = new SplitPane(setup, queuePane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.47);
        root.setTop(header());
        root.setCenter(split);
        root.getStyleClass().add("brigade");
        applyTheme(settings.darkProperty().get());
        settings.darkProperty().addListener((o, was, now) -> applyTheme(now));
    }

    private HBox header() {
        Label name = new Label("Brigade");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("careful, fast copies");
        tagline.getStyleClass().add("muted");
        CheckBox dark = new CheckBox("Dar_k theme");
        dark.setId("dark-theme");
        dark.selectedProperty().bindBidirectional(settings.darkProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, name, tagline, gap, dark);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private void applyTheme(boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }

    /** Shows the window on {@code stage}. */
    public void show(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 980, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("brigade.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(560);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> stopping.get() ? "Brigade — stopping…"
                        : queue.busyProperty().get()
                        ? "Brigade — " + Math.round(queue.overallProgressProperty().get() * 100) + "%" : "Brigade",
                stopping, queue.busyProperty(), queue.overallProgressProperty()));
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
        queue.setOnFinished(this::announce);
        queue.setOnChange(() -> {
            if (!stopping.get()) {
                store.save(queue.unfinishedJobs());
            }
        });
        queue.startPolling();
        stage.show();
        setup.focusStart();
        Platform.runLater(queuePane::warmUp);
    }

    /**
     * Closes the window, asking first if jobs are queued or running. Confirming cancels them and waits,
     * off the FX thread, until each has removed its temporary file, then quits.
     */
    public void close() {
        if (!queue.hasActiveJobs()) {
            quit.run();
            return;
        }
        if (!confirm.ask("Quit Brigade", "Jobs are still running or queued. Cancel them and quit? Files already"
                + " copied stay in place; the file being copied is undone.", "Cancel jobs and quit")) {
            return;
        }
        store.save(queue.unfinishedJobs()); // quitting keeps them to be resumed next time
        stopping.set(true);
        queue.cancelAll();
        Thread waiter = new Thread(() -> {
            try {
                queue.awaitWorkers(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(quit);
        }, "brigade-quit");
        waiter.setDaemon(true);
        waiter.start();
    }

    /**
     * Offers to resume the jobs that did not finish last time (the app was closed, killed or crashed
     * while they ran). Resumed jobs skip complete files and continue big partial copies.
     */
    public void offerResume() {
        List<CopyJob> unfinished = store.load();
        if (unfinished.isEmpty()) {
            return;
        }
        String list = unfinished.stream().limit(5).map(j -> "  • " + j.sources().size() + " item(s) → " + j.target())
                .collect(Collectors.joining("\n"));
        if (confirm.ask("Resume copies", unfinished.size() + (unfinished.size() == 1 ? " copy job" : " copy jobs")
                + " did not finish last time:\n" + list + "\nResume "
                + (unfinished.size() == 1 ? "it" : "them") + "? Files already copied are kept.", "Resume")) {
            unfinished.forEach(job -> queue.add(job.withOptions(job.options().resuming())));
        } else {
            store.save(List.of());
        }
    }

    private void announce(JobItem item) {
        if (stage == null || !stage.isShowing()) {
            return;
        }
        Notifications note = Notifications.create().owner(stage).title(item.getState().label() + ": " + item.titleProperty().get())
                .text(item.summaryProperty().get()).hideAfter(Duration.seconds(6));
        if (item.getState() == JobState.DONE) {
            note.showInformation();
        } else {
            note.showWarning();
        }
    }

    public SetupPane setup() {
        return setup;
    }

    public SourceList sources() {
        return sources;
    }

    /** What the queue's cells ask for: reordering, the failure list, a retry, a report. */
    private final class QueueActions implements dev.brigade.ui.queue.JobCellActions {
        private final Executor background;

        QueueActions(Executor background) {
            this.background = background;
        }

        @Override
        public void moveUp(JobItem item) {
            queue.moveUp(item);
        }

        @Override
        public void moveDown(JobItem item) {
            queue.moveDown(item);
        }

        @Override
        public void showFailures(JobItem item) {
            if (FailuresDialog.show(stage, item.titleProperty().get(), item.failures())) {
                retryFailed(item);
            }
        }

        @Override
        public void retryFailed(JobItem item) {
            CopyJob job = item.job();
            queue.add(CopyJob.retryOf(item.failures(), job.target(), job.options()));
        }

        @Override
        public void exportReport(JobItem item) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export report");
            chooser.setInitialFileName("brigade-report.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(stage);
            if (file == null) {
                return;
            }
            CompletableFuture.runAsync(() -> {
                try {
                    ReportCsv.write(item.outcomes(), file.toPath());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, background).whenComplete((ok, error) -> Platform.runLater(() -> {
                Notifications note = Notifications.create().owner(stage).hideAfter(Duration.seconds(5));
                if (error == null) {
                    note.title("Report saved").text(file.toString()).showInformation();
                } else {
                    note.title("Report not saved").text(file + ": " + error.getCause().getMessage()).showError();
                }
            }));
        }
    }
}
