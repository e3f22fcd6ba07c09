package dev.brigade.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs jobs in tests: plan, run, and collect every outcome. */
public final class Jobs {
    private Jobs() {
    }

    /** A finished job: its report and every outcome in the order they were reported. */
    public record Result(JobReport report, List<FileOutcome> outcomes) {
        public FileOutcome outcomeFor(Path source) {
            return outcomes.stream().filter(o -> o.source().equals(source)).findFirst()
                    .orElseThrow(() -> new AssertionError("no outcome for " + source + " in " + outcomes));
        }
    }

    public static Result run(CopyOptions options, Path target, Path... sources) throws Exception {
        return run(new JobControl(), JobListener.NONE, options, target, sources);
    }

    public static Result run(JobControl control, JobListener extra, CopyOptions options, Path target, Path... sources)
            throws Exception {
        CopyJob job = new CopyJob(List.of(sources), target, options);
        JobProgress progress = new JobProgress();
        Plan plan = JobPlanner.plan(job, progress);
        List<FileOutcome> outcomes = new ArrayList<>();
        JobListener listener = new JobListener() {
            @Override
            public void fileStarted(PlanEntry entry) {
                extra.fileStarted(entry);
            }

            @Override
            public void bytesCopied(long bytes) {
                extra.bytesCopied(bytes);
            }

            @Override
            public void fileFinished(FileOutcome outcome) {
                outcomes.add(outcome);
                extra.fileFinished(outcome);
            }
        };
        JobReport report = new JobRunner(plan, progress, listener, control).run();
        return new Result(report, outcomes);
    }
}
