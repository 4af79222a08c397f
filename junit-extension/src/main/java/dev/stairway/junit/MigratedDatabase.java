package dev.stairway.junit;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against real, migrated databases: once per dialect, each run with its own database.
 *
 * <p>Every plain {@code @Test} of the class runs once per dialect, and the dialect shows in the display name
 * ({@code [sqlite]}, {@code [postgresql]}), so a report tells the runs apart. Flyway migrates a template once per
 * JVM (per locations, target and dialect), and each test method gets its own clone of it, dropped when the method
 * ends ({@link Isolation#METHOD}, the default): a row one test writes is never seen by another, whatever the order
 * or parallelism. Clones are made ahead in the background, so a test waits milliseconds for its database. With
 * {@code isolation = Isolation.CLASS} the methods of one run share one clone instead.
 *
 * <pre>{@code
 * @MigratedDatabase
 * class OrderRepositoryTest {
 *
 *     @InjectDatabase
 *     DataSource dataSource;
 *
 *     @Test
 *     void stores_an_order(Connection connection) throws SQLException {
 *         try (Statement statement = connection.createStatement()) {
 *             statement.executeUpdate("INSERT INTO orders (id, total) VALUES (1, 42)");
 *         }
 *         assertThat(new OrderRepository(dataSource).total(1)).isEqualTo(42);
 *     }
 * }
 * }</pre>
 *
 * <h2>What can be injected</h2>
 * {@link javax.sql.DataSource}, {@link java.sql.Connection} and {@link dev.stairway.fixtures.TestDatabase}, as
 * parameters of the constructor, of test methods and of {@code @BeforeEach} / {@code @AfterEach} methods, and
 * into instance fields marked {@link InjectDatabase @InjectDatabase}: all of them reach the database of the test
 * running, in both isolations. Each injected {@code Connection} is new and is closed by Stairway: after the test
 * method for method parameters and fields, after the test instance's lifetime for constructor parameters. Under
 * {@code @TestInstance(PER_CLASS)} the one instance serves every test of every dialect: its fields are filled again
 * for each run (and with {@link Isolation#METHOD} before each test, so let such tests run one at a time), and a
 * constructor receives a {@code DataSource} or {@code TestDatabase} that follows the running test (a
 * {@code Connection} cannot follow it). {@code @BeforeAll} / {@code @AfterAll} methods run once for all dialects
 * and so cannot receive a database: use {@code @BeforeEach} or an {@code @InjectDatabase} field instead.
 *
 * <h2>Composing</h2>
 * The annotation is {@linkplain Inherited inherited} by subclasses and can be placed on your own annotation:
 * <pre>{@code
 * @Retention(RUNTIME)
 * @Target(TYPE)
 * @MigratedDatabase(dialects = Dialect.POSTGRESQL, target = "3")
 * public @interface PostgresAtV3 {}
 * }</pre>
 *
 * <h2>Configuration</h2>
 * From JUnit configuration parameters ({@code junit-platform.properties}, {@code -Dstairway.dialects=sqlite}),
 * else from the environment variable of the same name in upper case with {@code _} for {@code .}
 * ({@code STAIRWAY_DIALECTS}): see the {@code *_PROPERTY_NAME} constants, the same keys as
 * {@link StairwaySettings}. A malformed value fails the class with a message naming the setting.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ClassTemplate
@ExtendWith(MigratedDatabaseExtension.class)
public @interface MigratedDatabase {

    /**
     * The dialects this class runs on, limited at run time by {@value #DIALECTS_PROPERTY_NAME}:
     * a comma-separated list of dialect ids ({@code sqlite}, {@code postgresql}); all dialects by default, so a
     * CI matrix can run one dialect per job. A class none of whose dialects is enabled is reported as skipped
     * with the reason, not failed: the run deliberately left those dialects out.
     */
    String DIALECTS_PROPERTY_NAME = StairwaySettings.DIALECTS;

    /**
     * Where PostgreSQL comes from: {@code auto}, {@code embedded} (the default), {@code testcontainers} or
     * {@code external}.
     */
    String POSTGRESQL_PROVIDER_PROPERTY_NAME = StairwaySettings.POSTGRESQL_PROVIDER;

    /**
     * The server used by the {@code external} provider, as {@code postgres://user:pass@host:port/db},
     * {@code postgresql://...} or {@code jdbc:postgresql://...}. No default.
     */
    String POSTGRESQL_URL_PROPERTY_NAME = StairwaySettings.POSTGRESQL_URL;

    /**
     * The PostgreSQL major version of the embedded and Testcontainers providers;
     * {@value StairwaySettings#DEFAULT_POSTGRESQL_VERSION} by default.
     */
    String POSTGRESQL_VERSION_PROPERTY_NAME = StairwaySettings.POSTGRESQL_VERSION;

    /**
     * The maximum number of connections in each test database's pool; {@value StairwaySettings#DEFAULT_POOL_SIZE}
     * by default. A test holding more connections at once (injected ones included) waits for one to be returned.
     */
    String POOL_SIZE_PROPERTY_NAME = StairwaySettings.POOL_SIZE;

    /** Whether SQLite databases use write-ahead logging; {@code false} by default. */
    String SQLITE_WAL_PROPERTY_NAME = StairwaySettings.SQLITE_WAL;

    /**
     * The isolation of classes that do not choose one ({@link Isolation#DEFAULT}): {@code method} (the default) or
     * {@code class}.
     */
    String ISOLATION_PROPERTY_NAME = "stairway.isolation";

    /**
     * How many clones of each template are kept ready in the background;
     * {@value StairwaySettings#DEFAULT_READY_CLONES} by default, {@code 0} to make each when it is needed.
     */
    String READY_CLONES_PROPERTY_NAME = StairwaySettings.READY_CLONES;

    /** The placeholder in {@link #locations()} replaced by the dialect id, such as {@code postgresql}. */
    String DIALECT_PLACEHOLDER = "{dialect}";

    /**
     * The dialects to run on, in this order; both by default. Intersected with
     * {@value #DIALECTS_PROPERTY_NAME} when that is set.
     */
    Dialect[] dialects() default {Dialect.SQLITE, Dialect.POSTGRESQL};

    /**
     * Flyway locations of the migrations ({@code V<version>__<name>.sql}), {@value #DIALECT_PLACEHOLDER}
     * replaced by the dialect id: for example {@code "classpath:db/orders/{dialect}"} or
     * {@code "filesystem:src/main/sql/{dialect}"}.
     *
     * <p>By default {@code classpath:db/migration/{dialect}}, plus {@code classpath:db/migration/common} when
     * that folder exists on the class path. Every location must hold at least one migration.
     */
    String[] locations() default {};

    /** The version to migrate to, such as {@code "3"} or {@code "2.1"}; by default the latest. */
    String target() default "";

    /**
     * One database per test method ({@link Isolation#METHOD}) or per class run ({@link Isolation#CLASS}); by default
     * {@value #ISOLATION_PROPERTY_NAME}, which is {@code method} unless set.
     */
    Isolation isolation() default Isolation.DEFAULT;
}
