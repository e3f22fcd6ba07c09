package dev.brigade.ui.report;

import dev.brigade.core.FileOutcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Every file's outcome as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
 * doubled), one row a file: source, target, outcome, bytes, reason. Written to a temporary file and
 * renamed into place, like everything Brigade writes.
 */
public final class ReportCsv {
    static final String HEADER = "source,target,outcome,bytes,reason";

    private ReportCsv() {
    }

    public static void write(List<FileOutcome> outcomes, Path file) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(outcomes, out);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void write(List<FileOutcome> outcomes, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (FileOutcome o : outcomes) {
            out.write(field(o.source().toString()) + "," + field(o.target() == null ? "" : o.target().toString()) + ","
                    + o.outcome().id() + "," + o.bytes() + "," + field(o.reason()) + "\r\n");
        }
    }

    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
