package dev.brigade.ui;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.CopyOptions;
import dev.brigade.core.Policy;
import dev.brigade.core.Trees;
import dev.brigade.ui.queue.JobItem;
import dev.brigade.ui.queue.JobState;
import dev.brigade.ui.setup.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {
    @TempDir
    Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = new AppFixture(stage);
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
        assertEquals(List.of(), Trees.temporaryFiles(dir), "no temporary file is left behind");
    }

    private void pickSources(Path... paths) {
        Fx.run(() -> app.window.setup().acceptDropped(java.util.Arrays.stream(paths).map(Path::toFile).toList()));
    }

    private void startInto(FxRobot robot, Path destination) {
        Fx.run(() -> app.window.setup().setDestination(destination.toString()));
        robot.clickOn("#start");
    }

    private String message(FxRobot robot) {
        return Fx.get(() -> robot.lookup("#setup-message").queryAs(Label.class).getText());
    }

    /** The button in job {@code index}'s cell whose accessible text or label is {@code text}. */
    private Node cellButton(FxRobot robot, int index, String text) {
        return Fx.get(() -> {
            for (Node node : robot.lookup(".job-cell").queryAll()) {
                ListCell<?> cell = (ListCell<?>) node;
                if (cell.getIndex() != index || cell.getItem() == null) {
                    continue;
                }
                for (Node child : robot.from(cell).lookup(".button").queryAll()) {
                    if (child instanceof Button b && b.isVisible()
                            && (text.equals(b.getAccessibleText()) || text.equals(b.getText()))) {
                        return b;
                    }
                }
            }
            throw new AssertionError("no visible button '" + text + "' in job " + index);
        });
    }

    private JobItem slowJob(Path source, Path target, Policy policy) {
        CopyOptions options = CopyOptions.defaults().withPolicy(policy).withLimit(256 * 1024);
        return Fx.get(() -> app.queue.add(new CopyJob(List.of(source), target, options)));
    }

    @Test
    void droppedFilesJoinTheSourceListOnce(FxRobot robot) throws Exception {
        Path a = file(dir.resolve("a.txt"), "a");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Fx.run(() -> app.window.setup().acceptDropped(List.of(a.toFile(), folder.toFile(), a.toFile())));
        List<?> shown = Fx.get(() -> List.copyOf(robot.lookup("#sources").queryAs(ListView.class).getItems()));
        assertEquals(List.of(a, folder), shown);
    }

    @Test
    void aJobOfRealFilesRunsTo100PercentAndTheCopiesAreIdentical(FxRobot robot) throws Exception {
        Path src = dir.resolve("photos");
        for (int i = 0; i < 40; i++) {
            Trees.randomFile(src.resolve("album" + (i % 4)).resolve("img" + i + ".jpg"), 20_000 + i * 997, i);
        }
        pickSources(src);
        startInto(robot, dir.resolve("backup"));

        app.waitForState(0, JobState.DONE, 60);

        Trees.assertSameTree(src, dir.resolve("backup/photos"));
        assertEquals(1.0, Fx.get(() -> app.job(0).progressProperty().get()), 1e-9);
        assertTrue(Fx.get(() -> app.job(0).summaryProperty().get()).startsWith("copied 40, skipped 0, failed 0"));
        assertEquals(List.of(), Fx.get(() -> List.copyOf(app.window.sources().paths())), "the list is cleared");
        assertEquals(List.of(dir.resolve("backup").toString()), Fx.get(() -> List.copyOf(app.settings.recentDestinations())));
        Fx.waitUntil(5, "title back to plain", () -> robot.window(0) instanceof Stage s && s.getTitle().equals("Brigade"));
    }

    @Test
    void cancellingMidJobKeepsTheOldTargetAndLeavesNoTemporaryFile(FxRobot robot) throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/movie.bin"), 2 * 1024 * 1024, 1);
        Path old = file(dir.resolve("dst/movie.bin"), "the old version");
        JobItem job = slowJob(source, dir.resolve("dst"), Policy.OVERWRITE);
        Fx.waitUntil(20, "copying has begun", () -> job.getState() == JobState.RUNNING && job.progressProperty().get() > 0);

        robot.clickOn(cellButton(robot, 0, "Cancel this job"));

        app.waitForState(0, JobState.CANCELLED, 30);
        assertEquals("the old version", Files.readString(old));
        assertTrue(Fx.get(() -> job.summaryProperty().get()).startsWith("Cancelled"));
    }

    @Test
    void pausingStopsProgressAndResumingFinishesTheJob(FxRobot robot) throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), 1024 * 1024, 2);
        JobItem job = slowJob(source, dir.resolve("dst"), Policy.SKIP);
        Fx.waitUntil(20, "copying has begun", () -> job.getState() == JobState.RUNNING && job.progressProperty().get() > 0);

        robot.clickOn(cellButton(robot, 0, "Pause this job"));
        app.waitForState(0, JobState.PAUSED, 10);
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        double paused = Fx.get(() -> job.progressProperty().get());
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(paused, Fx.get(() -> job.progressProperty().get()), "no progress while paused");
        assertTrue(paused < 1.0);
        assertEquals("paused", Fx.get(() -> job.etaTextProperty().get()));

        robot.clickOn(cellButton(robot, 0, "Resume this job"));
        app.waitForState(0, JobState.DONE, 30);
        assertEquals(Files.size(source), Files.size(dir.resolve("dst/big.bin")));
    }

    @Test
    void eachPolicyShowsItsOutcomeCounts(FxRobot robot) throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("a.txt"), "new a, longer");
        file(src.resolve("b.txt"), "new b");
        Path dst = dir.resolve("dst");
        file(dst.resolve("src/a.txt"), "old a");
        String[][] runs = {{"#policy-skip", "copied 1, skipped 1"}, {"#policy-overwrite", "copied 2, skipped 0"},
            {"#policy-sync", "copied 0, skipped 2"}};
        for (int i = 0; i < runs.length; i++) {
            robot.clickOn(runs[i][0]);
            pickSources(src);
            startInto(robot, dst);
            app.waitForState(i, JobState.DONE, 30);
            int index = i;
            String summary = Fx.get(() -> app.queue.items().get(index).summaryProperty().get());
            assertTrue(summary.startsWith(runs[i][1]), runs[i][0] + ": " + summary);
        }
        assertEquals("new a, longer", Files.readString(dst.resolve("src/a.txt")));
    }

    @Test
    void aDestinationInsideASourceIsRefusedWithAMessageAndNothingIsQueued(FxRobot robot) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        file(src.resolve("a.txt"), "a");
        pickSources(src);
        startInto(robot, src.resolve("inside"));
        Fx.waitUntil(10, "a message", () -> !robot.lookup("#setup-message").queryAs(Label.class).getText().isEmpty());
        assertTrue(message(robot).contains("into itself"), message(robot));
        assertEquals(0, (int) Fx.get(() -> app.queue.items().size()));
        assertFalse(Files.exists(src.resolve("inside")));
        assertEquals(List.of(src), Fx.get(() -> List.copyOf(app.window.sources().paths())), "the list is kept");
    }

    @Test
    void aMissingDestinationIsOfferedToBeCreated(FxRobot robot) throws Exception {
        Path source = file(dir.resolve("a.txt"), "a");
        Path missing = dir.resolve("new/folder");
        app.answerYes.set(false);
        pickSources(source);
        startInto(robot, missing);
        Fx.waitUntil(10, "a message", () -> message(robot).startsWith("Nothing was queued"));
        assertTrue(app.questions.toString().contains(missing + " does not exist"));
        assertEquals(0, (int) Fx.get(() -> app.queue.items().size()));

        app.answerYes.set(true);
        robot.clickOn("#start");
        app.waitForState(0, JobState.DONE, 30);
        assertEquals("a", Files.readString(missing.resolve("a.txt")));
    }

    @Test
    void failuresAreListedAndRetryFailedCopiesJustThose(FxRobot robot) throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("ok.txt"), "ok");
        file(src.resolve("blocked.txt"), "blocked");
        Path dst = dir.resolve("dst");
        Files.createDirectories(dst.resolve("src/blocked.txt/obstacle"));
        pickSources(src);
        startInto(robot, dst);
        app.waitForState(0, JobState.DONE_WITH_ERRORS, 30);
        List<String> reasons = Fx.get(() -> app.job(0).failures().stream().map(f -> f.source().getFileName() + ": " + f.reason()).toList());
        assertEquals(List.of("blocked.txt: a folder of that name is in the way"), reasons);
        cellButton(robot, 0, "Show failures");

        deleteTree(dst.resolve("src/blocked.txt"));
        robot.clickOn(cellButton(robot, 0, "Retry failed"));

        app.waitForState(1, JobState.DONE, 30);
        assertTrue(Fx.get(() -> app.job(1).titleProperty().get()).startsWith("Retry blocked.txt"));
        assertTrue(Fx.get(() -> app.job(1).summaryProperty().get()).startsWith("copied 1, skipped 0, failed 0"));
        assertEquals("blocked", Files.readString(dst.resolve("src/blocked.txt")));
    }

    @Test
    void queuedJobsMoveUpAndDownWhileOneRuns(FxRobot robot) throws Exception {
        Path big = Trees.randomFile(dir.resolve("a/big.bin"), 2 * 1024 * 1024, 3);
        JobItem running = slowJob(big, dir.resolve("dst-a"), Policy.SKIP);
        JobItem second = slowJob(file(dir.resolve("b/b.txt"), "b"), dir.resolve("dst-b"), Policy.SKIP);
        JobItem third = slowJob(file(dir.resolve("c/c.txt"), "c"), dir.resolve("dst-c"), Policy.SKIP);
        Fx.waitUntil(20, "first job runs", () -> running.getState() == JobState.RUNNING);
        assertEquals(JobState.QUEUED, second.getState(), "one job at a time by default");

        robot.clickOn(cellButton(robot, 1, "Move this job down the queue"));
        assertEquals(List.of(running, third, second), Fx.get(() -> List.copyOf(app.queue.items())));
        robot.clickOn(cellButton(robot, 2, "Move this job up the queue"));
        assertEquals(List.of(running, second, third), Fx.get(() -> List.copyOf(app.queue.items())));
        assertFalse(Fx.get(() -> app.queue.moveUp(running)), "a running job keeps its place");
    }

    @Test
    void theWindowTitleShowsOverallProgressWhileJobsRun(FxRobot robot) throws Exception {
        JobItem job = slowJob(Trees.randomFile(dir.resolve("a/big.bin"), 1024 * 1024, 4), dir.resolve("dst"), Policy.SKIP);
        Fx.waitUntil(20, "copying", () -> job.progressProperty().get() > 0);
        Fx.waitUntil(5, "a percentage in the title", () -> ((Stage) robot.window(0)).getTitle().matches("Brigade — \\d+%"));
    }

    @Test
    void closingWhileJobsRunAsksThenCancelsCleanly(FxRobot robot) throws Exception {
        Path old = file(dir.resolve("dst/big.bin"), "old");
        JobItem job = slowJob(Trees.randomFile(dir.resolve("a/big.bin"), 2 * 1024 * 1024, 5), dir.resolve("dst"),
                Policy.OVERWRITE);
        Fx.waitUntil(20, "copying", () -> job.progressProperty().get() > 0);

        Fx.run(app.window::close);

        assertTrue(app.questions.toString().contains("Cancel them and quit?"));
        Fx.waitUntil(30, "quit after the jobs stopped", () -> app.quit.get());
        assertEquals(JobState.CANCELLED, Fx.get(job::getState));
        assertEquals("old", Files.readString(old));
    }

    @Test
    void theLastOptionsAreRemembered(FxRobot robot) {
        robot.clickOn("#policy-overwrite");
        robot.clickOn("#verify");
        robot.clickOn("#fsync");
        app.settings.awaitSaved();
        Settings again = new Settings(app.node);
        assertEquals(Policy.OVERWRITE, again.policyProperty().get());
        assertTrue(again.verifyProperty().get());
        assertFalse(again.fsyncProperty().get());
    }

    private static void deleteTree(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
