package dev.stairway.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.flyway.AppliedMigration;
import dev.stairway.verifier.flyway.FlywayRunner;
import dev.stairway.verifier.schema.SchemaDiff;
import dev.stairway.verifier.schema.SchemaSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An install of the last early-era release, made without a migration tool ({@code db/legacy/<dialect>/schema.sql}),
 * taken over by Flyway as {@code db/legacy/README.md} says: {@code baselineOnMigrate=true},
 * {@code baselineVersion=14}, then V15 onwards. It must end with the schema of a fresh install.
 */
class LegacyBaselineTest {

    private static Databases databases;

    @BeforeAll
    static void start() {
        databases = Databases.load();
    }

    @AfterAll
    static void stop() {
        databases.close();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void the_legacy_schema_is_the_schema_of_v14(Dialect dialect) throws SQLException {
        try (TestDatabase legacy = databases.create(dialect); TestDatabase migrated = databases.create(dialect)) {
            // GIVEN a legacy install, and a database Flyway migrated to V14
            execute(legacy, legacyStatements(dialect));
            ReferenceDatabase.of(migrated).migrateTo("14");

            // THEN both have the same schema
            assertThat(SchemaDiff.between(SchemaSnapshot.read(migrated), SchemaSnapshot.read(legacy)).toString())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_legacy_install_baselined_at_14_migrates_to_the_schema_of_a_fresh_install(Dialect dialect)
            throws SQLException {
        try (TestDatabase legacy = databases.create(dialect); TestDatabase fresh = databases.create(dialect)) {
            // GIVEN a legacy install (no flyway_schema_history) and a fresh install of the whole history
            execute(legacy, legacyStatements(dialect));
            ReferenceDatabase.of(fresh).migrateTo("32");

            // WHEN Flyway takes the legacy install over at baseline 14 and migrates it to the latest version
            FlywayRunner flyway = FlywayRunner.of(List.of("classpath:db/migration/" + dialect.id()),
                    Map.of("flyway.baselineOnMigrate", "true", "flyway.baselineVersion", "14"));
            flyway.migrateAll(legacy);

            // THEN Flyway recorded the baseline, then applied V15 .. V32
            List<AppliedMigration> applied = flyway.applied(legacy);
            assertThat(applied).extracting(row -> row.version().orElseThrow().toString() + " " + row.type())
                    .containsExactlyElementsOf(expectedHistory());
            // AND its schema is a fresh install's
            assertThat(SchemaDiff.between(SchemaSnapshot.read(fresh), SchemaSnapshot.read(legacy)).toString())
                    .isEmpty();
        }
    }

    private static List<String> expectedHistory() {
        List<String> rows = new ArrayList<>();
        rows.add("14 BASELINE");
        IntStream.rangeClosed(15, 32).forEach(version -> rows.add(version + " SQL"));
        return rows;
    }

    /**
     * The statements of the legacy script: its {@code --} comment lines dropped, split at each {@code ;} that ends
     * a line. The scripts hold plain CREATE TABLE and CREATE INDEX statements, with no {@code ;} inside a
     * literal, a comment or a body, which this split would cut.
     */
    static List<String> legacyStatements(Dialect dialect) {
        String path = "db/legacy/" + dialect.id() + "/schema.sql";
        String script;
        try (InputStream in = LegacyBaselineTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("classpath:%s", path).isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(statement.toString().strip());
                statement.setLength(0);
            }
        }
        assertThat(statement.toString()).as("text after the last statement of %s", path).isBlank();
        return statements;
    }

    private static void execute(TestDatabase database, List<String> statements) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
