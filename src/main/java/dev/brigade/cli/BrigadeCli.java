package dev.brigade.cli;

import dev.brigade.Version;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code brigade copy ...}, {@code brigade --help}, {@code brigade --version}. Every
 * usage error is one line on standard error and exit code 2; no stack trace reaches the user.
 */
public final class BrigadeCli {

    @Command(name = "brigade", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Brigade copies files carefully: atomic, durable, and as fast as the kernel allows.")
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'brigade copy --help')");
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"brigade " + Version.get()};
        }
    }

    private BrigadeCli() {
    }

    /** Whether these arguments are for the command line rather than the desktop app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("copy") || args[0].equals("help") || args[0].startsWith("-"));
    }

    public static int run(String[] args) {
        // Standard output is buffered (a dry run or --json prints a line per file, and a write(2) per
        // line showed in the times); the JSON events flush it often enough to be followed live.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(args, out, err, Interrupts.fromSignals());
        } finally {
            out.flush();
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, Interrupts interrupts) {
        CommandLine commandLine = new CommandLine(new Root());
        commandLine.addSubcommand("copy", new CommandLine(new CopyCommand(out, err, interrupts)));
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            String command = e.getCommandLine().getCommandName();
            String help = command.equals("brigade") ? "brigade --help" : "brigade " + command + " --help";
            err.println("brigade: " + Printable.of(e.getMessage()) + " (see '" + help + "')");
            return CopyCommand.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, ignoredLine, ignoredResult) -> {
            err.println("brigade: unexpected error: " + Printable.of(String.valueOf(e)));
            return CopyCommand.SOME_FAILED;
        });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands errors (not exceptions) back to the caller; they still get one line, no trace
            err.println("brigade: unexpected error: " + Printable.of(String.valueOf(e)));
            return CopyCommand.SOME_FAILED;
        }
    }
}
