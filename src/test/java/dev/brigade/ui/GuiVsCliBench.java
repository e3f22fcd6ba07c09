package dev.brigade.ui;

import dev.brigade.cli.BrigadeCliAccess;
import dev.brigade.core.CopyJob;
import dev.brigade.core.CopyOptions;
import dev.brigade.ui.queue.JobItem;
import dev.brigade.ui.queue.JobState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A measurement, not a test: the same job through the command line and through the window's Task
 * adapter, alternately, in one JVM, so only the adapter differs. Run by bench/bench.py.
 */
@ExtendWith(ApplicationExtension.class)
class GuiVsCliBench {
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = new AppFixture(stage);
    }

    @Test
    void theWindowsAdapterAgainstTheCommandLine() throws Exception {
        Path source = Path.of(System.getProperty("bench.source"));
        Path out = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", "/tmp")), "gui-vs-cli-");
        int runs = Integer.getInteger("bench.runs", 5);
        List<Double> cli = new ArrayList<>();
        List<Double> gui = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            int code = BrigadeCliAccess.runQuietly("copy", "--quiet", "--no-fsync", source.toString(),
                    out.resolve("cli-" + run).toString());
            double cliSeconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new AssertionError("the command line failed: " + code);
            }
            CopyJob job = new CopyJob(List.of(source), out.resolve("gui-" + run), CopyOptions.defaults().withFsync(false));
            start = System.nanoTime();
            JobItem item = Fx.get(() -> app.queue.add(job));
            Fx.waitUntil(3600, "the job is done", () -> item.getState() == JobState.DONE);
            double guiSeconds = (System.nanoTime() - start) / 1e9;
            if (run > 0) { // the first round warms both paths up
                cli.add(cliSeconds);
                gui.add(guiSeconds);
            }
        }
        Collections.sort(cli);
        Collections.sort(gui);
        double c = cli.get(cli.size() / 2);
        double g = gui.get(gui.size() / 2);
        System.out.printf("GUI vs CLI: cli %.3f s, gui %.3f s, gui/cli %.3f%n", c, g, g / c);
        app.close();
    }
}
