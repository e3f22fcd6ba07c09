package dev.brigade.cli;

import dev.brigade.core.CopyCancelledException;
import dev.brigade.core.CopyJob;
import dev.brigade.core.CopyOptions;
import dev.brigade.core.FileOutcome;
import dev.brigade.core.FreeSpace;
import dev.brigade.core.JobControl;
import dev.brigade.core.JobListener;
import dev.brigade.core.JobPlanner;
import dev.brigade.core.JobProgress;
import dev.brigade.core.JobRefusedException;
import dev.brigade.core.JobReport;
import dev.brigade.core.JobRunner;
import dev.brigade.core.Outcome;
import dev.brigade.core.Plan;
import dev.brigade.core.Policy;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code brigade copy}: copies sources into a target folder, like {@code cp -r SOURCE... TARGET/}. */
@Command(name = "copy", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        versionProvider = BrigadeCli.VersionProvider.class,
        description = {"Copy files and folders into TARGET, each under its own name.",
                "Every file is written to a hidden temporary file and renamed into place, so an existing file is",
                "never damaged. TARGET and its missing parents are created."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was copied or skipped by policy",
                "1:some files failed; the rest are done",
                "2:usage error or refusal; nothing was written",
                "130:interrupted (SIGINT or SIGTERM); temporary files were removed (--resume keeps big partials)"})
final class CopyCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "POLICY", converter = PolicyConverter.class,
            description = {"What to do when a target file exists: overwrite, skip or sync (default: skip).",
                    "overwrite: replace it. skip: keep it. sync: replace it only when size or modification time differ."})
    Policy policy = Policy.SKIP;

    @Option(names = "--buffer", paramLabel = "SIZE", converter = BufferSizeConverter.class,
            description = "Buffer for user-space copying, 4K..64M (K and M are binary units; default: 256K).")
    int bufferSize = CopyOptions.DEFAULT_BUFFER;

    @Option(names = "--verify", description = "Checksum each file while reading it, read the copy back and compare.")
    boolean verify;

    @Option(names = "--no-fsync", description = "Do not flush data to disk. Faster; a power cut may lose recent copies.")
    boolean noFsync;

    @Option(names = "--limit", paramLabel = "RATE", converter = RateConverter.class,
            description = "Write at most RATE bytes a second, e.g. 20M or 512K/s (binary units; at least 16K).")
    long limit;

    @Option(names = "--resume", description = {"Continue an interrupted copy: files already complete are kept",
            "(overwrite acts as sync) and a big file's partial copy is continued after its start is checked."})
    boolean resume;

    @Option(names = "--dry-run", description = "Print what would be done and write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Write newline-delimited JSON events to standard output.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; failures are still reported.")
    boolean quiet;

    @Parameters(arity = "2..*", paramLabel = "PATH", converter = PathConverter.class, description = "SOURCE... TARGET: the last path is the target folder.")
    List<Path> paths;

    private final PrintStream out;
    private final PrintStream err;
    private final Interrupts interrupts;

    CopyCommand(PrintStream out, PrintStream err, Interrupts interrupts) {
        this.out = out;
        this.err = err;
        this.interrupts = interrupts;
    }

    @Override
    public Integer call() {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).toString().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "path " + (i + 1) + " is empty");
            }
        }
        CopyOptions options = new CopyOptions(policy, bufferSize, verify, !noFsync, limit, false);
        if (resume) {
            options = options.resuming();
        }
        CopyJob job = new CopyJob(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), options);
        JobProgress progress = new JobProgress();
        JobControl control = new JobControl();
        JsonEvents events = json ? new JsonEvents(out) : null;
        boolean showProgress = !quiet && Terminal.stderrIsTerminal();
        try (Interrupts.Registration ignored = interrupts.onInterrupt(control::cancel);
             ProgressLine line = showProgress ? new ProgressLine(progress, err, Terminal.columns()) : null) {
            Plan plan = JobPlanner.plan(job, progress, control);
            if (control.isCancelled()) { // interrupted after the walk's last look
                throw new CopyCancelledException(0);
            }
            FreeSpace.shortfall(plan).ifPresent(warning -> err.println("brigade: warning: " + Printable.of(warning)));
            if (dryRun) {
                DryRun.print(plan, out, events);
                return OK;
            }
            JobReport report = new JobRunner(plan, progress, listener(events, line), control).run();
            if (line != null) {
                line.close();
            }
            finish(report, events);
            if (report.cancelled()) {
                return INTERRUPTED;
            }
            return report.failed() > 0 ? SOME_FAILED : OK;
        } catch (JobRefusedException e) {
            err.println("brigade: refused: " + Printable.of(e.getMessage()));
            return USAGE;
        } catch (CopyCancelledException e) {
            err.println("brigade: interrupted while scanning; nothing was written");
            return INTERRUPTED;
        }
    }

    private JobListener listener(JsonEvents events, ProgressLine line) {
        return new JobListener() {
            @Override
            public void fileFinished(FileOutcome outcome) {
                if (events != null) {
                    events.fileFinished(outcome);
                }
                if (outcome.outcome() == Outcome.FAILED) {
                    String message = "brigade: failed: " + Printable.of(outcome.source().toString()) + ": " + outcome.reason();
                    if (line != null) {
                        line.printAbove(message); // a plain print would run on from the progress line
                    } else {
                        err.println(message);
                    }
                }
            }
        };
    }

    private void finish(JobReport report, JsonEvents events) {
        if (events != null) {
            events.done(report);
        }
        if (quiet) {
            return;
        }
        PrintStream summaryStream = events != null ? err : out;
        summaryStream.println(Summary.of(report));
    }
}
