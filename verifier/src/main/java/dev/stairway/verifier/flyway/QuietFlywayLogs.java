package dev.stairway.verifier.flyway;

import java.util.Map;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log for migrations the user did not ask to watch, such as the template a test class's databases are
 * cloned from: each of Flyway's lines goes to SLF4J one level down, under the logger of the Flyway class that wrote
 * it. INFO lines ("Migrating schema ... to version ...") and notices become DEBUG, debug lines TRACE; warnings and
 * errors stay WARN and ERROR, so nothing Flyway warns about is lost. Set
 * {@code org.flywaydb} to DEBUG in the logging configuration to see the INFO lines again.
 *
 * <p>Flyway is handed this class by name through its {@code flyway.loggers} setting ({@link #SETTINGS}), and keeps
 * one log configuration per JVM, the one of the {@code Flyway} loaded last: while another {@code Flyway} is loaded
 * at the same moment on another thread, a few lines of either may come out at the other's levels.
 *
 * <p>Engine: not part of Stairway's API; public because Flyway creates it from its name.
 */
public final class QuietFlywayLogs implements LogCreator {

    /**
     * The Flyway settings that select this log: {@code flyway.loggers} naming this class, or Flyway's own choice
     * ({@code auto}) where Flyway's class loader cannot see this class, rather than a migration that fails on it.
     */
    public static final Map<String, String> SETTINGS = Map.of("flyway.loggers", loggers());

    /** For Flyway, which creates its log creators with a public no-argument constructor. */
    public QuietFlywayLogs() {
    }

    @Override
    public Log createLogger(Class<?> source) {
        return new QuietLog(LoggerFactory.getLogger(source));
    }

    private static String loggers() {
        String name = QuietFlywayLogs.class.getName();
        try {
            Class.forName(name, false, LogFactory.class.getClassLoader());
            return name;
        } catch (ClassNotFoundException | LinkageError e) {
            return "auto";
        }
    }

    /** One Flyway class's log, one level down. */
    private record QuietLog(Logger logger) implements Log {

        @Override
        public void debug(String message) {
            logger.trace(message);
        }

        @Override
        public void info(String message) {
            logger.debug(message);
        }

        @Override
        public void notice(String message) {
            logger.debug(message);
        }

        @Override
        public void warn(String message) {
            logger.warn(message);
        }

        @Override
        public void error(String message) {
            logger.error(message);
        }

        @Override
        public void error(String message, Exception cause) {
            logger.error(message, cause);
        }
    }
}
