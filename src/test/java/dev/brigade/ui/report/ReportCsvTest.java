package dev.brigade.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brigade.core.FileOutcome;
import dev.brigade.core.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCsvTest {
    @TempDir
    Path dir;

    @Test
    void everyOutcomeBecomesARowAndAwkwardFieldsAreQuoted() throws Exception {
        List<FileOutcome> outcomes = List.of(
                new FileOutcome(Path.of("/s/a.txt"), Path.of("/t/a.txt"), Outcome.COPIED, 5, ""),
                new FileOutcome(Path.of("/s/b, \"c\".txt"), Path.of("/t/b.txt"), Outcome.SKIPPED, 7, "target exists"),
                new FileOutcome(Path.of("/s/new\nline"), Path.of("/t/x"), Outcome.FAILED, 0, "permission denied"));
        Path report = dir.resolve("report.csv");
        ReportCsv.write(outcomes, report);
        assertEquals("source,target,outcome,bytes,reason\r\n"
                + "/s/a.txt,/t/a.txt,copied,5,\r\n"
                + "\"/s/b, \"\"c\"\".txt\",/t/b.txt,skipped,7,target exists\r\n"
                + "\"/s/new\nline\",/t/x,failed,0,permission denied\r\n",
                Files.readString(report, StandardCharsets.UTF_8));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(report), listing.toList(), "no temporary file left");
        }
    }
}
