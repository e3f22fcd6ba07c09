package dev.brigade.cli;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brigade.Version;
import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sampleTree() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("a.txt"), "alpha");
        file(src.resolve("sub/b.txt"), "beta");
        Files.createSymbolicLink(src.resolve("link"), Path.of("a.txt"));
        return src;
    }

    @Test
    void aSuccessfulCopyExitsZeroAndPrintsASummary() throws Exception {
        Path src = sampleTree();
        CliRun run = CliRun.of("copy", src.toString(), dir.resolve("dst").toString());
        assertEquals(0, run.exitCode(), run.err());
        Trees.assertSameTree(src, dir.resolve("dst/src"));
        assertTrue(run.out().matches("(?s)copied 3, skipped 0, failed 0; 9 B in [0-9.]+ s, [0-9.]+ MiB/s\\R"), run.out());
    }

    @Test
    void severalSourcesGoIntoTheTargetEachUnderItsOwnName() throws Exception {
        Path one = file(dir.resolve("x/one.txt"), "1");
        Path folder = Files.createDirectories(dir.resolve("y/folder"));
        file(folder.resolve("two.txt"), "2");
        CliRun run = CliRun.of("copy", one.toString(), folder.toString(), dir.resolve("new/deeper/dst").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("1", Files.readString(dir.resolve("new/deeper/dst/one.txt")));
        assertEquals("2", Files.readString(dir.resolve("new/deeper/dst/folder/two.txt")));
    }

    @Test
    void someFailuresExitOneAndEachIsPrintedWithPathAndReason() throws Exception {
        Path src = sampleTree();
        Files.createDirectories(dir.resolve("dst/src/a.txt"));
        CliRun run = CliRun.of("copy", "--policy", "overwrite", src.toString(), dir.resolve("dst").toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("brigade: failed: " + src.resolve("a.txt") + ": a folder of that name is in the way"),
                run.errLines());
        assertTrue(run.out().startsWith("copied 2, skipped 0, failed 1"), run.out());
    }

    @Test
    void aRefusalExitsTwoAndWritesNothing() {
        Path target = dir.resolve("dst");
        CliRun run = CliRun.of("copy", dir.resolve("missing").toString(), target.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("brigade: refused: source does not exist: " + dir.resolve("missing")), run.errLines());
        assertFalse(Files.exists(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"copy", "copy|onlyone", "copy|--policy|sometimes|a|b", "copy|--buffer|1K|a|b",
            "copy|--buffer|65M|a|b", "copy|--buffer|lots|a|b", "copy|--buffer|-4K|a|b", "copy|--frobnicate|a|b",
            "copy||b", "move|a|b", "--nope", "", "copy|--policy", "copy|--buffer=99999999999999999999|a|b"})
    void usageErrorsExitTwoWithOneLineAndNoStackTrace(String joined) {
        String[] args = joined.isEmpty() ? new String[0] : joined.split("\\|", -1);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("brigade: "), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void bufferSizesTakeBinarySuffixesWithinRange() throws Exception {
        Path src = sampleTree();
        for (String size : List.of("4K", "4096", "256k", "1M", "64M", "64MiB")) {
            CliRun run = CliRun.of("copy", "--policy", "overwrite", "--buffer", size, "--verify", src.toString(),
                    dir.resolve("dst").toString());
            assertEquals(0, run.exitCode(), size + ": " + run.err());
        }
    }

    @Test
    void jsonWritesOneEventPerFileAndAFinalDoneEvent() throws Exception {
        Path src = sampleTree();
        file(dir.resolve("dst/src/a.txt"), "old");
        CliRun run = CliRun.of("copy", "--json", src.toString(), dir.resolve("dst").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.outLines()) {
            events.add(JSON.readTree(line));
        }
        assertEquals(4, events.size(), run.out());
        JsonNode skipped = events.stream().filter(e -> e.get("path").asText().endsWith("a.txt")).findFirst().orElseThrow();
        assertEquals("file", skipped.get("event").asText());
        assertEquals("skipped", skipped.get("outcome").asText());
        assertEquals("target exists", skipped.get("reason").asText());
        assertEquals(5, skipped.get("bytes").asLong());
        JsonNode done = events.get(events.size() - 1);
        assertEquals("done", done.get("event").asText());
        assertEquals(2, done.get("copied").asInt());
        assertEquals(1, done.get("skipped").asInt());
        assertEquals(0, done.get("failed").asInt());
        assertEquals(4, done.get("bytes").asLong());
        assertTrue(done.get("seconds").isNumber());
    }

    @Test
    void jsonEscapesNamesThatWouldBreakALine() throws Exception {
        Path odd = file(dir.resolve("src/quote\" back\\ new\nline tab\t.txt"), "x");
        CliRun run = CliRun.of("copy", "--json", odd.getParent().toString(), dir.resolve("dst").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode event = JSON.readTree(run.outLines().get(0));
        assertEquals(odd.toString(), event.get("path").asText());
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws Exception {
        Path src = sampleTree();
        Path target = dir.resolve("dst");
        CliRun run = CliRun.of("copy", "--dry-run", src.toString(), target.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(target));
        assertTrue(run.out().contains("copy     " + src.resolve("a.txt") + " -> " + target.resolve("src/a.txt")), run.out());
        assertTrue(run.out().contains("link     " + src.resolve("link")), run.out());
        assertTrue(run.out().contains("dry run: 3 files, 9 B; nothing was written"), run.out());
    }

    @Test
    void anInterruptWhileScanningEndsWithExit130AndWritesNothing() throws Exception {
        Path src = sampleTree();
        Interrupts immediately = new Interrupts() {
            @Override
            Registration onInterrupt(Runnable action) {
                Registration registration = super.onInterrupt(action);
                interrupt();
                return registration;
            }
        };
        CliRun run = CliRun.with(immediately, "copy", src.toString(), dir.resolve("dst").toString());
        assertEquals(130, run.exitCode(), run.err());
        assertEquals("brigade: interrupted while scanning; nothing was written" + System.lineSeparator(), run.err());
        assertFalse(Files.exists(dir.resolve("dst")));
    }

    @Test
    void versionNamesTheBuildsVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals("brigade " + Version.get() + System.lineSeparator(), run.out());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), Version.get());
    }

    @Test
    void helpListsThePoliciesAndExitCodes() {
        CliRun run = CliRun.of("copy", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--policy=POLICY"), run.out());
        assertTrue(run.out().contains("130"), run.out());
    }
}
