package dev.stairway.verifier;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.verifier.locks.LockPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Stairway} verification walks and where: configure, then {@link #load()}. Each method documents
 * its default; none has a {@code set} or {@code with} prefix.
 */
public final class StairwayConfiguration {

    private String migrations = "classpath:db/migration";
    private List<Dialect> dialects = List.of(Dialect.values());
    private StairwaySettings settings = StairwaySettings.defaults();
    private Databases databases;
    private final Map<String, String> flywaySettings = new LinkedHashMap<>();
    private WalkListener listener = WalkListener.NONE;
    private Duration stepTimeLimit;
    private Interruption interruption = new Interruption();
    private LockPolicy lockPolicy = LockPolicy.NOTICE;

    StairwayConfiguration() {
    }

    /**
     * The migration folder: a file system path, or a class path location such as {@code classpath:db/migration}
     * (the default). It holds {@code sqlite/}, {@code postgresql/} and optionally {@code common/}.
     */
    public StairwayConfiguration migrations(String folder) {
        this.migrations = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** The dialects to walk. Default: both. */
    public StairwayConfiguration dialects(Dialect... dialects) {
        return dialects(Arrays.asList(dialects));
    }

    /** The dialects to walk. Default: both. */
    public StairwayConfiguration dialects(Collection<Dialect> dialects) {
        if (dialects.isEmpty()) {
            throw new IllegalArgumentException("Expected at least one dialect to walk, found none: name sqlite,"
                    + " postgresql or both.");
        }
        this.dialects = dialects.stream().distinct().sorted().toList();
        return this;
    }

    /**
     * Where databases come from (PostgreSQL provider, URL, version, pool size; ignored when
     * {@link #databases(Databases)} is given) and how long a step may run ({@link StairwaySettings#stepTimeout()},
     * unless {@link #stepTimeLimit} says otherwise). Default: {@link StairwaySettings#defaults()}.
     */
    public StairwayConfiguration settings(StairwaySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Databases to borrow from instead of starting new ones, for example the JUnit extension's shared server. The
     * caller keeps ownership: verification does not close it. Default: none, so each verification starts its own
     * and stops it afterwards.
     */
    public StairwayConfiguration databases(Databases databases) {
        this.databases = Objects.requireNonNull(databases, "databases");
        return this;
    }

    /**
     * Passes a Flyway setting through, with or without its {@code flyway.} prefix, for example
     * {@code flywaySetting("placeholders.owner", "app")} or {@code flywaySetting("table", "schema_history")}.
     * Default: none.
     */
    public StairwayConfiguration flywaySetting(String key, String value) {
        String name = key.startsWith("flyway.") ? key : "flyway." + key;
        flywaySettings.put(name, Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * How long one step of the walk (an up, an undo, seeding, a snapshot) may run: a step past it is stopped,
     * reported as timed out, and the walk goes on. Default: the settings' {@link StairwaySettings#stepTimeout()},
     * five minutes unless {@code stairway.step.timeout} says otherwise.
     */
    public StairwayConfiguration stepTimeLimit(Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("Expected a step time limit above zero, found " + limit + ".");
        }
        this.stepTimeLimit = limit;
        return this;
    }

    /**
     * A switch that stops the verification early from another thread, for example on SIGTERM: the report lists
     * what was not reached and is marked interrupted. Default: a switch nobody throws.
     */
    public StairwayConfiguration interruption(Interruption interruption) {
        this.interruption = Objects.requireNonNull(interruption, "interruption");
        return this;
    }

    /** Hears of progress, a revision at a time. Default: {@link WalkListener#NONE}. */
    public StairwayConfiguration listener(WalkListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * What to do with the locks and rewrites measured on PostgreSQL: {@link LockPolicy#NOTICE} (the default) reports
     * verdicts as notices, {@link LockPolicy#FINDING} makes the verdicts a revision does not accept fail
     * verification, {@link LockPolicy#OFF} measures nothing.
     */
    public StairwayConfiguration locks(LockPolicy policy) {
        this.lockPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** An immutable {@link Stairway} with this configuration. */
    public Stairway load() {
        return new Stairway(migrations, dialects, settings, Optional.ofNullable(databases),
                Map.copyOf(flywaySettings), listener,
                stepTimeLimit != null ? stepTimeLimit : settings.stepTimeout(), interruption, lockPolicy);
    }
}
