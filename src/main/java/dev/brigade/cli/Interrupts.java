package dev.brigade.cli;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import sun.misc.Signal;

/**
 * SIGINT and SIGTERM as a cancel request instead of an abrupt exit, so a copy can delete its temporary
 * file and print its summary. A second signal while the first is being handled exits at once.
 */
class Interrupts {
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private volatile boolean signalled;

    /** A registered action; closing it unregisters it. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Interrupts from the operating system's signals. */
    static Interrupts fromSignals() {
        Interrupts interrupts = new Interrupts();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> interrupts.interrupt());
            } catch (IllegalArgumentException e) {
                // this platform has no such signal (TERM on some systems); the other one still works
            }
        }
        return interrupts;
    }

    Registration onInterrupt(Runnable action) {
        actions.add(action);
        return () -> actions.remove(action);
    }

    /** What a signal does: cancel the work the first time, leave at once the second time. */
    void interrupt() {
        if (signalled) {
            Runtime.getRuntime().halt(CopyCommand.INTERRUPTED);
        }
        signalled = true;
        actions.forEach(Runnable::run);
    }
}
