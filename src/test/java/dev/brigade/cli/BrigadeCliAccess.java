package dev.brigade.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/** Lets a benchmark in another package run the command line in process, output discarded. */
public final class BrigadeCliAccess {
    private BrigadeCliAccess() {
    }

    public static int runQuietly(String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return BrigadeCli.run(args, nowhere, nowhere, new Interrupts());
    }
}
