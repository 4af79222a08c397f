package dev.stairway.verifier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A switch that stops a running verification early, from another thread: the step under way is cancelled, the
 * revisions not reached are listed as not walked, no finding is made of the cancelled step, and the report is
 * marked interrupted. The {@code stairway} command line throws it on SIGINT and SIGTERM.
 *
 * <pre>{@code
 * Interruption interruption = new Interruption();
 * Runtime.getRuntime().addShutdownHook(new Thread(interruption::interrupt));
 * VerificationReport report = Stairway.configure().interruption(interruption).load().verify();
 * }</pre>
 *
 * <p>Thread-safe. Once interrupted it stays so: a later verification with it stops before its first step.
 */
public final class Interruption {

    private final List<Runnable> actions = new CopyOnWriteArrayList<>();
    private volatile boolean interrupted;

    /** A switch that is not thrown yet. */
    public Interruption() {
    }

    /** Stops the verification: runs every registered action once. Calling it again does nothing more. */
    public void interrupt() {
        synchronized (this) {
            if (interrupted) {
                return;
            }
            interrupted = true;
        }
        actions.forEach(Runnable::run);
    }

    /** Whether {@link #interrupt()} was called. */
    public boolean isInterrupted() {
        return interrupted;
    }

    /**
     * Runs {@code action} when interrupted, or at once if interrupted already, until the returned registration is
     * closed. For the walk, which cancels the statement under way.
     */
    public Registration whenInterrupted(Runnable action) {
        actions.add(action);
        if (interrupted) {
            action.run();
        }
        return () -> actions.remove(action);
    }

    /** An action registered with {@link #whenInterrupted}; closing it forgets the action. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {

        /** Forgets the action. */
        @Override
        void close();
    }
}
