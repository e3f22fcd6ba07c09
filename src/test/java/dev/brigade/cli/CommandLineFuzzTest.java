package dev.brigade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fault 8: hundreds of random and malformed command lines. Every one ends with exit 2 and exactly one
 * line on standard error, never a stack trace, and never writes: each names only paths that do not
 * exist.
 */
class CommandLineFuzzTest {
    static final String MISSING = "/nonexistent-brigade-fuzz";
    private static final String[] TOKENS = {"copy", "copy", "--policy", "--buffer", "--limit", "--verify", "--json",
        "--quiet", "-q", "--dry-run", "--resume", "--no-fsync", "--", "-", "", "--policy=", "--buffer=", "--limit=",
        "overwrite", "skip", "sync", "SYNC", "sometimes", "4K", "64M", "65M", "0", "-5M", "99999999999999999999", "1G",
        "12Q", "4k/s", "=", "--po", "---", "-x", "--copy", "move", "\u0000", "\n", "a\tb", "é", "🚀", "%s", "${x}",
        "--policy=overwrite", "--buffer=1K", "--limit=1K", "--json=true", "-qq", "\\", "'", "\""};

    static List<String[]> cases(int count, long seed) {
        Random random = new Random(seed);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                args.add(random.nextInt(5) == 0 ? MISSING + "/" + random.nextInt(1000) : TOKENS[random.nextInt(TOKENS.length)]);
            }
            if (random.nextBoolean()) {
                args.add(0, "copy");
            }
            if (!args.contains("--help") && args.stream().noneMatch(a -> a.startsWith(MISSING)) && random.nextBoolean()) {
                args.add(MISSING + "/source");
            }
            cases.add(args.toArray(new String[0]));
        }
        return cases;
    }

    @Test
    void malformedCommandLinesGetOneLineAndExitTwo() {
        for (String[] args : cases(600, 20261123L)) {
            CliRun run = CliRun.of(args);
            String shown = Arrays.toString(args);
            assertEquals(2, run.exitCode(), shown + " -> " + run.err() + run.out());
            assertEquals(1, run.errLines().size(), shown + " -> " + run.err());
            assertEquals("", run.out(), shown);
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), shown + " -> " + run.err());
        }
    }
}
