package dev.stairway.verifier.walk;

import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.Interruption;
import dev.stairway.verifier.report.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.sqlite.SQLiteConnection;

/**
 * Runs each step of the walk within the time limit, and stops it at once when the run is interrupted. A step that
 * runs past the limit, or is under way when the run is interrupted, has its statements cancelled on every
 * connection it opened (PostgreSQL: a cancel request to the backend, repeated until the step gives up, then the
 * connection aborted; SQLite: {@code sqlite3_interrupt}), and ends with {@link StepTimedOutException} or
 * {@link WalkInterruptedException} instead of the failure the cancellation caused.
 */
final class StepGuard implements AutoCloseable {

    /** How often a stopped step's statements are cancelled again, until the step returns. */
    private static final Duration CANCEL_AGAIN = Duration.ofMillis(500);
    /** How many PostgreSQL cancel requests are sent before the connection itself is aborted. */
    private static final int CANCELS_BEFORE_ABORT = 20;

    private final Duration limit;
    private final Interruption interruption;
    private final ScheduledThreadPoolExecutor timer = timer();
    private volatile Watch current;

    StepGuard(Duration limit, Interruption interruption) {
        this.limit = limit;
        this.interruption = interruption;
    }

    /** One daemon thread; a deadline cancelled when its step ends leaves the queue at once. */
    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "stairway-step-guard");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** {@code database} with its connections watched, so that the step using them can be stopped. */
    TestDatabase watch(TestDatabase database) {
        return new WatchedDatabase(database, connection -> {
            Watch watch = current;
            if (watch != null) {
                watch.connections.add(connection);
            }
        });
    }

    /** Whether the run has been interrupted. */
    boolean interrupted() {
        return interruption.isInterrupted();
    }

    /**
     * Runs {@code step}'s {@code work} within the time limit.
     *
     * @throws StepTimedOutException when it ran past the limit and was stopped
     * @throws WalkInterruptedException when the run is interrupted, before or during the step
     */
    <T> T run(Step step, Supplier<T> work) {
        if (interruption.isInterrupted()) {
            throw new WalkInterruptedException();
        }
        Watch watch = new Watch();
        current = watch;
        ScheduledFuture<?> deadline = timer.schedule(watch::timeUp, limit.toMillis(), TimeUnit.MILLISECONDS);
        try (Interruption.Registration registration = interruption.whenInterrupted(watch::stop)) {
            T value = work.get();
            if (interruption.isInterrupted()) {
                throw new WalkInterruptedException();
            }
            return value;
        } catch (RuntimeException e) {
            if (interruption.isInterrupted()) {
                throw new WalkInterruptedException();
            }
            if (watch.timedOut()) {
                throw new StepTimedOutException(step, limit, e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
            watch.end();
            current = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One step's connections and whether it is being stopped. */
    private final class Watch {
        private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
        private boolean ended;
        private boolean timedOut;
        private int cancels;
        private ScheduledFuture<?> cancelling;

        synchronized void timeUp() {
            if (!ended) {
                timedOut = true;
                stop();
            }
        }

        synchronized void stop() {
            if (!ended && cancelling == null) {
                cancelling = timer.scheduleWithFixedDelay(this::cancel, 0, CANCEL_AGAIN.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }

        synchronized boolean timedOut() {
            return timedOut;
        }

        synchronized void end() {
            ended = true;
            if (cancelling != null) {
                cancelling.cancel(false);
            }
        }

        private void cancel() {
            synchronized (this) {
                if (ended) {
                    return;
                }
                cancels++;
            }
            boolean abort = cancels > CANCELS_BEFORE_ABORT;
            connections.forEach(connection -> cancel(connection, abort));
        }

        private void cancel(Connection connection, boolean abort) {
            try {
                if (connection.isClosed()) {
                    return;
                }
                if (connection.isWrapperFor(PGConnection.class)) {
                    PGConnection postgresql = connection.unwrap(PGConnection.class);
                    if (abort) {
                        ((Connection) postgresql).abort(Runnable::run);
                    } else {
                        postgresql.cancelQuery();
                    }
                } else if (connection.isWrapperFor(SQLiteConnection.class)) {
                    connection.unwrap(SQLiteConnection.class).getDatabase().interrupt();
                }
            } catch (SQLException | RuntimeException e) {
                // returned to the pool or closed meanwhile: nothing of this step runs on it any more
            }
        }
    }
}
