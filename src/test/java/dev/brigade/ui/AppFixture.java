package dev.brigade.ui;

import dev.brigade.ui.queue.JobItem;
import dev.brigade.ui.queue.JobQueue;
import dev.brigade.ui.queue.JobState;
import dev.brigade.ui.queue.QueueStore;
import dev.brigade.ui.setup.Settings;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The real window on a test stage, with its own preferences node (never the user's), questions
 * answered by the test, and quitting recorded instead of ending the toolkit.
 */
final class AppFixture {
    final Preferences node = Preferences.userRoot().node("dev/brigade-test/" + UUID.randomUUID());
    final Settings settings = new Settings(node);
    final JobQueue queue = new JobQueue();
    final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    final AtomicBoolean answerYes = new AtomicBoolean(true);
    final AtomicBoolean quit = new AtomicBoolean(false);
    final StringBuilder questions = new StringBuilder();
    final MainWindow window;
    final QueueStore store;

    AppFixture(Stage stage) {
        this(stage, newStore());
    }

    AppFixture(Stage stage, QueueStore store) {
        this.store = store;
        window = new MainWindow(settings, queue, store, (title, question, yes) -> {
            questions.append(question).append('\n');
            return answerYes.get();
        }, background, () -> quit.set(true));
        window.show(stage);
    }

    static QueueStore newStore() {
        try {
            return new QueueStore(java.nio.file.Files.createTempDirectory("brigade-store").resolve("queue.properties"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(java.nio.file.Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    JobItem job(int index) {
        return Fx.get(() -> queue.items().get(index));
    }

    JobState state(int index) {
        return Fx.get(() -> queue.items().get(index).getState());
    }

    void waitForState(int index, JobState wanted, int seconds) {
        Fx.waitUntil(seconds, "job " + index + " " + wanted, () -> queue.items().size() > index
                && queue.items().get(index).getState() == wanted);
    }

    void close() throws Exception {
        Fx.run(queue::cancelAll);
        queue.awaitWorkers(60, TimeUnit.SECONDS);
        Fx.run(queue::stopPolling);
        background.shutdownNow();
        settings.awaitSaved();
        node.removeNode();
        store.awaitSaved();
        deleteTree(store.file().getParent());
    }
}
