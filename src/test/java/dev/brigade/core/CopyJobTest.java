package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyJobTest {
    @Test
    void aRetryCopiesTheFailedFilesAndLeavesOutAFolderThatFailedToFlush() {
        Path target = Path.of("/backup");
        FileOutcome file = FileOutcome.failed(Path.of("/home/a/photo.jpg"), Path.of("/backup/a/photo.jpg"), "permission denied");
        FileOutcome flush = FileOutcome.failed(Path.of("/backup/a"), Path.of("/backup/a"),
                "folder could not be flushed to disk: input/output error");

        CopyJob retry = CopyJob.retryOf(List.of(file, flush), target, CopyOptions.defaults());

        assertEquals(List.of(Path.of("/home/a/photo.jpg")), retry.sources());
        assertEquals(List.of(Path.of("/backup/a/photo.jpg")), retry.destinations());
    }
}
