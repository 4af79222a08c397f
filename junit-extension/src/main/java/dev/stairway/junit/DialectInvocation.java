package dev.stairway.junit;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TemplatePreparationException;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.FlywayMigrations;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a {@link MigratedDatabase @MigratedDatabase} class on one dialect: named {@code [sqlite]} or
 * {@code [postgresql]}, it has the template migrated (or finds it migrated), then either clones it into a database
 * that lives as long as the run ({@link Isolation#CLASS}) or leaves each test method to take its own clone
 * ({@link Isolation#METHOD}), the first ones being made in the background meanwhile.
 */
record DialectInvocation(MigrationPlan plan, Dialect dialect) implements ClassTemplateInvocationContext {

    /** Under the annotation's name, which users know: one INFO line per template, instead of Flyway's dozen. */
    private static final Logger LOG = LoggerFactory.getLogger(MigratedDatabase.class);

    @Override
    public String getDisplayName(int invocationIndex) {
        return "[" + dialect.id() + "]";
    }

    @Override
    public void prepareInvocation(ExtensionContext context) {
        ClassLoader classLoader = classLoader(context);
        List<String> locations = plan.locationsFor(dialect, classLoader);
        for (String location : locations) {
            MigrationScan scan = MigrationScan.of(location, classLoader);
            if (scan.isEmpty()) {
                throw noMigrations(scan);
            }
        }
        Isolation isolation = MigratedDatabaseExtension.isolation(context, plan);
        String target = plan.target();
        TemplateClones clones = new TemplateClones(MigratedDatabaseExtension.databases(context), dialect,
                MigrationPlan.templateKey(locations, target), template -> migrate(template, locations, target));
        try {
            if (isolation == Isolation.METHOD) {
                clones.prepare();
                MigratedDatabaseExtension.store(context).put(MigratedDatabaseExtension.CLONES_KEY, clones);
            } else {
                TestDatabase database = clones.take();
                MigratedDatabaseExtension.store(context).put(MigratedDatabaseExtension.DATABASE_KEY, database);
            }
        } catch (TemplatePreparationException e) {
            throw MigrationFailure.of(plan.describe(dialect), locations, e);
        } catch (RuntimeException e) {
            // No database to migrate (a server that does not start or answer, a URL that cannot be used): the
            // message, masked where it was made, says what to fix.
            throw new ExtensionConfigurationException(plan.describe(dialect) + ": " + e.getMessage(), e);
        }
    }

    private void migrate(TestDatabase template, List<String> locations, String target) {
        long start = System.nanoTime();
        Optional<RevisionVersion> version = FlywayMigrations.migrate(template, locations, target);
        LOG.info("Migrated template for {} [{}] to {} in {} ms", String.join(", ", locations), dialect.id(),
                version.map(v -> "V" + v).orElse("no version"), (System.nanoTime() - start) / 1_000_000);
    }

    private ExtensionConfigurationException noMigrations(MigrationScan scan) {
        String location = scan.location();
        String folder = location.replaceFirst("^(classpath|filesystem):", "");
        StringBuilder message = new StringBuilder(plan.describe(dialect))
                .append(": no migrations under ").append(location)
                .append(" (looked for V<version>__<name>.sql, such as V1__create_tables.sql");
        if (scan.otherSqlFiles().isEmpty()) {
            message.append("; found none)");
        } else {
            List<String> shown = new ArrayList<>(scan.otherSqlFiles().subList(0, Math.min(5, scan.otherSqlFiles().size())));
            if (scan.otherSqlFiles().size() > shown.size()) {
                shown.add("...");
            }
            message.append("; found only ").append(String.join(", ", shown)).append(", named otherwise)");
        }
        message.append(". ");
        if (location.startsWith("filesystem:")) {
            message.append("Add the migrations to the folder ").append(folder);
        } else {
            message.append("Add the folder src/test/resources/").append(folder)
                    .append(" (or src/main/resources/").append(folder).append(") with your migrations");
        }
        message.append(", or set @MigratedDatabase(locations = ...) to where they are.");
        return new ExtensionConfigurationException(message.toString());
    }

    private static ClassLoader classLoader(ExtensionContext context) {
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        return contextLoader != null ? contextLoader : context.getRequiredTestClass().getClassLoader();
    }
}
