package dev.brigade.ui.setup;

import dev.brigade.core.CopyJob;
import dev.brigade.core.JobPlanner;
import dev.brigade.core.JobRefusedException;
import dev.brigade.ui.queue.JobQueue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Turns the picked sources and destination into a queued job. The job's refusals (a destination
 * inside a source, a missing source…) are checked off the FX thread before anything is queued, and a
 * destination that does not exist yet is offered to be created.
 */
public final class JobStarter {
    /** Asks a yes/no question; true means yes. */
    public interface Confirm {
        boolean ask(String title, String question, String yes);
    }

    /** Where the starter reports what happened, in words for the person. */
    public interface Messages {
        void info(String text);

        void error(String text);
    }

    private final SourceList sources;
    private final Settings settings;
    private final JobQueue queue;
    private final Confirm confirm;
    private final Messages messages;
    private final Executor checks;

    public JobStarter(SourceList sources, Settings settings, JobQueue queue, Confirm confirm, Messages messages,
                      Executor checks) {
        this.sources = sources;
        this.settings = settings;
        this.queue = queue;
        this.confirm = confirm;
        this.messages = messages;
        this.checks = checks;
    }

    /** Queues the source list into {@code destination}; the list is cleared once the job is queued. */
    public void start(String destination) {
        if (sources.paths().isEmpty()) {
            messages.error("Add files or folders to copy first: drop them above, or use Add files… or Add folder….");
            return;
        }
        submit(List.copyOf(sources.paths()), destination, true);
    }

    /** Queues files dropped straight onto a destination, leaving the source list alone. */
    public void startDirect(List<File> files, String destination) {
        submit(files.stream().map(f -> f.toPath().toAbsolutePath().normalize()).toList(), destination, false);
    }

    private void submit(List<Path> picked, String destination, boolean clearSources) {
        Path target = parse(destination);
        if (target == null) {
            return;
        }
        CopyJob job = new CopyJob(picked, target, settings.copyOptions());
        CompletableFuture.supplyAsync(() -> check(job), checks).thenAccept(result -> Platform.runLater(() -> {
            if (result.refusal() != null) {
                messages.error(result.refusal());
                return;
            }
            if (!result.targetExists() && !confirm.ask("Create folder", "The destination " + target
                    + " does not exist yet. Create it and copy there?", "Create and copy")) {
                messages.info("Nothing was queued: the destination does not exist.");
                return;
            }
            queue.add(job);
            settings.remember(target.toString());
            if (clearSources) {
                sources.clear();
            }
            messages.info("Queued " + picked.size() + (picked.size() == 1 ? " item" : " items") + " → " + target);
        }));
    }

    private Path parse(String destination) {
        String text = destination == null ? "" : destination.strip();
        if (text.isEmpty()) {
            messages.error("Choose a destination folder.");
            return null;
        }
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                messages.error("Give the destination as a full path: " + text);
                return null;
            }
            return path.normalize();
        } catch (InvalidPathException e) {
            messages.error("Not a valid folder path: " + text + " (" + e.getReason() + ")");
            return null;
        }
    }

    private record Check(String refusal, boolean targetExists) {
    }

    private static Check check(CopyJob job) {
        try {
            JobPlanner.check(job);
            return new Check(null, Files.isDirectory(job.target()));
        } catch (JobRefusedException e) {
            return new Check(e.getMessage(), false);
        }
    }
}
