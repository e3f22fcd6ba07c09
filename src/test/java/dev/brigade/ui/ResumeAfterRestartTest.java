package dev.brigade.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.CopyOptions;
import dev.brigade.core.Policy;
import dev.brigade.core.Trees;
import dev.brigade.ui.queue.JobItem;
import dev.brigade.ui.queue.JobState;
import dev.brigade.ui.queue.QueueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window remembers unfinished jobs across a restart and offers to resume them. */
@ExtendWith(ApplicationExtension.class)
class ResumeAfterRestartTest {
    @TempDir
    Path dir;
    private AppFixture first;
    private AppFixture second;

    @Start
    void start(Stage stage) {
        first = new AppFixture(stage);
    }

    @AfterEach
    void close() throws Exception {
        first.close();
        if (second != null) {
            second.close();
        }
    }

    @Test
    void jobsCutShortByQuittingAreOfferedAndResumedOnTheNextStart() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), 3 * 512 * 1024, 1);
        CopyOptions slow = CopyOptions.defaults().withLimit(512 * 1024);
        JobItem job = Fx.get(() -> first.queue.add(new CopyJob(List.of(source), dir.resolve("dst"), slow)));
        Fx.waitUntil(20, "copying", () -> job.progressProperty().get() > 0);
        Fx.run(first.window::close);
        Fx.waitUntil(30, "quit", () -> first.quit.get());
        first.store.awaitSaved();
        assertEquals(1, first.store.load().size(), "the cut-short job is remembered");

        second = Fx.get(() -> new AppFixture(new Stage(), first.store));
        Fx.run(second.window::offerResume);

        assertTrue(second.questions.toString().contains("1 copy job did not finish last time"), second.questions.toString());
        second.waitForState(0, JobState.DONE, 30);
        assertEquals(-1, Files.mismatch(source, dir.resolve("dst/big.bin")));
        assertEquals(Policy.SKIP, second.job(0).job().options().policy(), "a skip job resumes as skip: it keeps what was there");
        assertTrue(second.job(0).job().options().resume());
        second.store.awaitSaved();
        assertEquals(List.of(), second.store.load(), "nothing left to resume");
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void decliningTheOfferForgetsTheJobs() throws Exception {
        QueueStore store = first.store;
        store.save(List.of(new CopyJob(List.of(dir.resolve("a")), dir.resolve("dst"), CopyOptions.defaults())));
        store.awaitSaved();
        first.answerYes.set(false);
        Fx.run(first.window::offerResume);
        store.awaitSaved();
        assertEquals(List.of(), store.load());
        assertEquals(0, (int) Fx.get(() -> first.queue.items().size()));
    }

    @Test
    void theStoreKeepsEveryPartOfAJob() throws Exception {
        QueueStore store = new QueueStore(dir.resolve("config/queue.properties"));
        CopyOptions options = new CopyOptions(Policy.OVERWRITE, 1 << 20, true, false, 1 << 20, false);
        CopyJob job = new CopyJob(List.of(dir.resolve("a b"), dir.resolve("ünï")), dir.resolve("t"), options,
                List.of(dir.resolve("t/x/a b"), dir.resolve("t/y/ünï")));
        store.save(List.of(job, new CopyJob(List.of(dir.resolve("c")), dir.resolve("u"), CopyOptions.defaults())));
        store.awaitSaved();
        assertEquals(List.of(job, new CopyJob(List.of(dir.resolve("c")), dir.resolve("u"), CopyOptions.defaults())),
                store.load());
        try (var listing = Files.list(dir.resolve("config"))) {
            assertEquals(List.of(dir.resolve("config/queue.properties")), listing.toList(), "no temporary file left");
        }
    }
}
