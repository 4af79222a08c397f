package dev.stairway.verifier.history;

import static dev.stairway.fixtures.Dialect.POSTGRESQL;
import static dev.stairway.fixtures.Dialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationHistoryTest {

    static final Path HISTORIES = Path.of("src/test/resources/histories");

    private static List<String> problemsOf(String history) {
        InvalidHistoryException thrown = org.junit.jupiter.api.Assertions.assertThrows(InvalidHistoryException.class,
                () -> MigrationHistory.read(HISTORIES.resolve(history)));
        return thrown.problems();
    }

    private static void assertGoodHistory(MigrationHistory history) {
        assertThat(history.dialects()).containsExactly(SQLITE, POSTGRESQL);
        for (var dialect : List.of(SQLITE, POSTGRESQL)) {
            List<Revision> revisions = history.revisions(dialect);
            assertThat(revisions).extracting(Revision::displayName).containsExactly(
                    "V1 create_users [" + dialect + "]", "V1.1 add_email [" + dialect + "]",
                    "V2 audit_log [" + dialect + "]", "V10 index_user_names [" + dialect + "]");

            Revision createUsers = revisions.get(0);
            assertThat(createUsers.up().path()).isEqualTo("common/V1__create_users.sql");
            assertThat(createUsers.up().sql()).isEqualTo(
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");
            assertThat(createUsers.undo()).map(MigrationScript::path).contains("common/U1__create_users.sql");
            assertThat(createUsers.irreversible()).isEmpty();
            assertThat(createUsers.lossyColumns()).isEmpty();
            assertThat(createUsers.undoIsEmpty()).isFalse();

            Revision addEmail = revisions.get(1);
            assertThat(addEmail.version()).isEqualTo(RevisionVersion.from("1.1"));
            assertThat(addEmail.up().path()).isEqualTo(dialect + "/V1_1__add_email.sql");
            assertThat(addEmail.undo()).map(MigrationScript::fileName).contains("U1_1__add_email.sql");
            assertThat(addEmail.lossyColumns()).containsExactly("users.email");

            Revision auditLog = revisions.get(2);
            assertThat(auditLog.irreversible()).contains("the audit log keeps its rows for ever");
            assertThat(auditLog.undo()).isEmpty();

            Revision index = revisions.get(3);
            assertThat(index.undo()).isEmpty();
            assertThat(index.irreversible()).isEmpty();
        }
    }

    @Test
    void a_good_history_is_read_from_a_folder() {
        // WHEN
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("good"));

        // THEN
        assertGoodHistory(history);
        String root = HISTORIES.resolve("good").toAbsolutePath().normalize().toString();
        assertThat(history.flywayLocations(SQLITE))
                .containsExactly("filesystem:" + root + "/common", "filesystem:" + root + "/sqlite");
        assertThat(history.flywaySettings()).isEmpty();
    }

    @Test
    void a_good_history_is_read_from_the_class_path() {
        MigrationHistory history = MigrationHistory.read("classpath:histories/good");

        assertGoodHistory(history);
        assertThat(history.flywayLocations(POSTGRESQL))
                .containsExactly("classpath:histories/good/common", "classpath:histories/good/postgresql");
    }

    @Test
    void a_good_history_is_read_from_a_jar_on_the_class_path(@TempDir Path temporary) throws IOException {
        // GIVEN the good history packed into a jar under db/migration
        Path jar = temporary.resolve("migrations.jar");
        Path good = HISTORIES.resolve("good");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(good)) {
            for (Path file : files.sorted().toList()) {
                String name = "db/migration/" + good.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, (OutputStream) out);
                }
                out.closeEntry();
            }
        }

        // WHEN
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationHistory history = MigrationHistory.configure().location("classpath:db/migration")
                    .classLoader(loader).load();

            // THEN
            assertGoodHistory(history);
        }
    }

    @Test
    void one_dialect_can_be_read_alone() {
        MigrationHistory history = MigrationHistory.configure().location(HISTORIES.resolve("missing-dialect").toString())
                .dialects(SQLITE).load();

        assertThat(history.dialects()).containsExactly(SQLITE);
        assertThat(history.revisions(SQLITE)).extracting(Revision::displayName).containsExactly("V1 init [sqlite]");
        assertThatThrownBy(() -> history.revisions(POSTGRESQL)).hasMessage("The history at "
                + HISTORIES.resolve("missing-dialect") + " was read for [sqlite], not postgresql. Add postgresql"
                + " to the dialects when reading it.");
    }

    @Test
    void names_that_look_like_migrations_but_do_not_parse_are_each_reported() {
        assertThat(problemsOf("bad-names")).containsExactly(
                "V9__in_root.sql: a migration directly in the history root; expected it in sqlite/, postgresql/ or"
                        + " common/. Move it into one of them.",
                "sqlite/R1__views.sql: a repeatable migration has no version: expected R__<name>.sql, such as"
                        + " R__views.sql. Rename the file.",
                "sqlite/U__undo.sql: '' is not a version: expected digits separated by '.' or '_' after U, such as"
                        + " U7__, U1.2__ or U2_1__. Rename the file.",
                "sqlite/V3__.sql: the name after '__' is empty: expected V<version>__<name>.sql, such as"
                        + " V1__init.sql. Rename the file.",
                "sqlite/Vx__a.sql: 'x' is not a version: expected digits separated by '.' or '_' after V, such as"
                        + " V7__, V1.2__ or V2_1__. Rename the file.",
                // a near miss Flyway passes over is a warning, told with the problems when there are any
                "sqlite/V2_second.sql looks like a migration but is never run: Flyway needs two underscores between"
                        + " version and name. Rename it to V2__second.sql if it should run, or move it out of the"
                        + " migration folders.");
    }

    @Test
    void an_undo_without_its_up_migration_is_reported() {
        assertThat(problemsOf("undo-without-up")).containsExactly(
                "postgresql/U2__gone.sql: undo of version 2, but there is no V2__<name>.sql in postgresql/ or"
                        + " common/: expected an up migration for every undo. Add the up migration or remove the"
                        + " undo.");
    }

    @Test
    void two_files_with_one_version_are_reported_also_across_common_and_a_dialect() {
        assertThat(problemsOf("duplicate-version")).containsExactly(
                "version 1 has 2 files for sqlite: common/V1__init.sql and sqlite/V1__sqlite_init.sql; expected one"
                        + " V1__<name>.sql in sqlite/ and common/ together. Renumber or remove all but one.",
                "version 1 has 2 files for postgresql: common/V1__init.sql and postgresql/V1_0__same_as_one.sql;"
                        + " expected one V1__<name>.sql in postgresql/ and common/ together. Renumber or remove all"
                        + " but one.");
    }

    @Test
    void a_version_in_one_dialect_only_is_read_as_that_dialects_own() {
        // each dialect keeps its own versions, as real projects with one history per database do
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("one-dialect-only"));

        assertThat(history.revisions(SQLITE)).extracting(Revision::label)
                .containsExactly("V1 init", "V2 only_here");
        assertThat(history.revisions(POSTGRESQL)).extracting(Revision::label).containsExactly("V1 init");
    }

    @Test
    void a_missing_dialect_folder_is_reported() {
        assertThat(problemsOf("missing-dialect")).containsExactly(
                "no folder postgresql/ under " + HISTORIES.resolve("missing-dialect") + ": expected sqlite/ and"
                        + " postgresql/ (and optionally common/), each holding V<version>__<name>.sql files. Create"
                        + " postgresql/ with the postgresql migrations.");
    }

    @Test
    void a_dialect_folder_without_migrations_is_reported() {
        assertThat(problemsOf("empty-dialect")).containsExactly(
                "postgresql/ holds no migrations (nor does common/): expected V<version>__<name>.sql files such as"
                        + " V1__init.sql. Add the postgresql migrations.");
    }

    @Test
    void a_missing_root_is_reported() {
        assertThat(problemsOf("no-such-history")).containsExactly(
                "no such folder (looked at "
                        + HISTORIES.resolve("no-such-history").toAbsolutePath() + "); expected a folder holding"
                        + " sqlite/ and postgresql/ (and optionally common/). Check the path.");
    }

    @Test
    void a_missing_class_path_root_is_reported() {
        assertThatThrownBy(() -> MigrationHistory.read("classpath:histories/no-such-history")).hasMessage("Invalid"
                + " migration history at classpath:histories/no-such-history: not on the class path; expected a resource folder histories/no-such-history holding sqlite/ and postgresql/"
                + " (and optionally common/). Check the location and that the folder is packaged.");
    }

    @Test
    void misplaced_or_malformed_directives_are_reported() {
        assertThat(problemsOf("bad-directives")).containsExactly(
                "common/V1__late_irreversible.sql line 2: -- stairway:irreversible must be the first line of the"
                        + " script. Move it to line 1.",
                "common/V2__irreversible_with_undo.sql declares -- stairway:irreversible, but"
                        + " common/U2__irreversible_with_undo.sql undoes it: expected one or the other. Remove the"
                        + " directive or the undo script.",
                "common/V3__no_reason.sql line 1: -- stairway:irreversible needs a reason, such as"
                        + " '-- stairway:irreversible drops the audit data'. Add the reason.",
                "common/U4__lossy.sql line 1: 'note' is not a column: expected <table>.<column>, such as"
                        + " users.email. Fix the directive.",
                "common/U4__lossy.sql line 2: -- stairway:lossy names no columns: expected"
                        + " '-- stairway:lossy <table>.<column> ...'. Add the columns or remove the line.",
                "common/U4__lossy.sql line 3: unknown directive '-- stairway:lossless': expected"
                        + " '-- stairway:irreversible <reason>' (first line of a V script),"
                        + " '-- stairway:lossy <table>.<column> ...' (in a U script) or"
                        + " '-- stairway:accept <code> <reason>'. Fix or remove the line.",
                "common/V5__accept.sql line 1: 'table-rewrit' is not a verdict code: expected one of"
                        + " exclusive-lock-held, table-rewrite, index-without-concurrently, constraint-validated-on-add,"
                        + " not-null-by-scan. Fix the directive.",
                "common/V5__accept.sql line 2: -- stairway:accept table-rewrite needs a reason, such as"
                        + " '-- stairway:accept table-rewrite the table holds 40 rows'. Add the reason.",
                "common/V5__accept.sql line 3: -- stairway:accept names no verdict: expected"
                        + " '-- stairway:accept <code> <reason>' with one of exclusive-lock-held, table-rewrite,"
                        + " index-without-concurrently, constraint-validated-on-add, not-null-by-scan. Add the code"
                        + " and the reason.");
    }

    @Test
    void flyway_settings_that_stairway_owns_or_that_are_not_flyways_are_reported() {
        assertThat(problemsOf("bad-settings")).containsExactly(
                "flyway.conf: flyway.locations is set by Stairway (from the history's folders); remove it.",
                "flyway.conf: 'schema' is not a Flyway setting: expected a key starting with flyway., such as"
                        + " flyway.placeholders.owner or flyway.table.");
    }

    @Test
    void the_exception_message_names_the_location_and_a_single_problem_on_one_line() {
        assertThatThrownBy(() -> MigrationHistory.read(HISTORIES.resolve("undo-without-up"))).hasMessage("Invalid"
                + " migration history at " + HISTORIES.resolve("undo-without-up") + ": postgresql/U2__gone.sql: undo"
                + " of version 2, but there is no V2__<name>.sql in postgresql/ or common/: expected an up migration"
                + " for every undo. Add the up migration or remove the undo.");
    }

    @Test
    void seed_scripts_are_read_per_dialect_and_misplaced_ones_are_problems(@TempDir Path root) throws IOException {
        // GIVEN V1 and V2 in both dialects, a common seed for V2, a SQLite one for V1, and three wrong ones
        for (String dialect : List.of("sqlite", "postgresql")) {
            Files.createDirectories(root.resolve(dialect));
            Files.writeString(root.resolve(dialect + "/V1__create_users.sql"), "CREATE TABLE users (id INT);");
            Files.writeString(root.resolve(dialect + "/V2__add_rows.sql"), "SELECT 1;");
        }
        Files.createDirectories(root.resolve("seed/common"));
        Files.createDirectories(root.resolve("seed/sqlite"));
        Files.createDirectories(root.resolve("seed/mysql"));
        Files.writeString(root.resolve("seed/common/S2__first_users.sql"), "INSERT INTO users VALUES (1);");
        Files.writeString(root.resolve("seed/sqlite/S1__nothing_yet.sql"), "SELECT 1;");
        Files.writeString(root.resolve("seed/sqlite/S9__too_late.sql"), "SELECT 1;");
        Files.writeString(root.resolve("seed/sqlite/users.sql"), "SELECT 1;");
        Files.writeString(root.resolve("seed/mysql/S1__elsewhere.sql"), "SELECT 1;");

        // WHEN reading it
        // THEN every wrong seed script is named with the fix
        assertThatThrownBy(() -> MigrationHistory.read(root)).isInstanceOf(InvalidHistoryException.class)
                .extracting(e -> ((InvalidHistoryException) e).problems()).asList().containsExactly(
                        "seed/mysql/S1__elsewhere.sql: a seed script belongs in seed/sqlite/, seed/postgresql/ or"
                                + " seed/common/. Move it there.",
                        "seed/sqlite/S9__too_late.sql: seeds version 9, but sqlite has no V9__<name>.sql: expected a"
                                + " seed script for a revision of the history. Renumber it or remove it.",
                        "seed/sqlite/users.sql: expected S<version>__<name>.sql, such as S3__first_users.sql: the seed"
                                + " script of revision V3. Rename the file.");

        // AND without them, each dialect has its seeds by version
        Files.delete(root.resolve("seed/mysql/S1__elsewhere.sql"));
        Files.delete(root.resolve("seed/sqlite/S9__too_late.sql"));
        Files.delete(root.resolve("seed/sqlite/users.sql"));
        MigrationHistory history = MigrationHistory.read(root);
        assertThat(history.seeds(SQLITE)).extracting(MigrationScript::path)
                .containsExactly("seed/sqlite/S1__nothing_yet.sql", "seed/common/S2__first_users.sql");
        assertThat(history.seeds(POSTGRESQL)).extracting(MigrationScript::path)
                .containsExactly("seed/common/S2__first_users.sql");
        assertThat(history.seed(POSTGRESQL, RevisionVersion.from("1"))).isEmpty();
    }

    @Test
    void configured_flyway_settings_win_over_the_history_file() {
        MigrationHistory history = MigrationHistory.configure().location(HISTORIES.resolve("settings").toString())
                .flywaySetting("flyway.placeholders.label_column", "title").flywaySetting("flyway.mixed", "true")
                .load();

        assertThat(history.flywaySettings()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "flyway.table", "stairway_history",
                "flyway.placeholders.label_column", "title",
                "flyway.mixed", "true"));
    }

    @Test
    void a_configured_setting_stairway_owns_is_refused() {
        assertThatThrownBy(() -> MigrationHistory.configure().flywaySetting("flyway.target", "3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("flyway.target is set by Stairway (from the revision being walked); remove it");
    }

    @Test
    void files_named_almost_like_migrations_are_warned_about_and_left_out() {
        // GIVEN v2__lower.sql, V3__c.SQL and V2_one_underscore.sql beside a valid V1, and views.sql
        MigrationHistory history = MigrationHistory.read(HISTORIES.resolve("never-run"));

        // THEN each near miss is named with the name it would run under; views.sql is no migration at all
        assertThat(history.warnings()).containsExactly(
                "postgresql/V2_one_underscore.sql looks like a migration but is never run: Flyway needs two"
                        + " underscores between version and name. Rename it to V2__one_underscore.sql if it should"
                        + " run, or move it out of the migration folders.",
                "sqlite/V3__c.SQL looks like a migration but is never run: Flyway needs the suffix .sql in lower"
                        + " case. Rename it to V3__c.sql if it should run, or move it out of the migration folders.",
                "sqlite/v2__lower.sql looks like a migration but is never run: Flyway needs an upper-case V prefix."
                        + " Rename it to V2__lower.sql if it should run, or move it out of the migration folders.");
        // AND the walk has the one valid revision per dialect, as Flyway would run
        assertThat(history.revisions(SQLITE)).extracting(Revision::label).containsExactly("V1 init");
        assertThat(history.revisions(POSTGRESQL)).extracting(Revision::label).containsExactly("V1 init");
    }

    @Test
    void a_correct_history_has_no_warnings() {
        assertThat(MigrationHistory.read(HISTORIES.resolve("good")).warnings()).isEmpty();
    }

    @Test
    void flyway_settings_flyway_refuses_are_each_named_with_key_and_value() {
        assertThat(problemsOf("flyway-values")).containsExactly(
                "flyway.conf: flyway.baselineVersion=one is refused: expected a version, digits separated by dots"
                        + " such as 1 or 1.2. Fix the value.",
                "flyway.conf: flyway.encoding=KLINGON is refused: expected the name of a character set, such as"
                        + " UTF-8 or ISO-8859-1. Fix the value.",
                "flyway.conf: flyway.ignoreMigrationPatterns=*:bogus is refused: expected patterns <type>:<state>"
                        + " such as *:missing, with a state among *, missing, pending, ignored and future, found"
                        + " *:bogus. Fix the value.",
                "flyway.conf: flyway.loggers=com.example.NoSuchLog is refused: expected auto, console, slf4j,"
                        + " log4j2, apache-commons or the name of a LogCreator class on the class path, found"
                        + " com.example.NoSuchLog. Fix the value.",
                "flyway.conf: flyway.mixed=sometimes is refused by Flyway: Invalid value for flyway.mixed (should be"
                        + " either true or false): sometimes. Fix the value.",
                "flyway.conf: flyway.sqlMigrationSuffixes=.pgsql renames migrations, which Stairway does not follow:"
                        + " it reads V<version>__<name>.sql, U<version>__<name>.sql and R__<name>.sql as Flyway does by"
                        + " default. Remove the setting and name the files so.",
                "flyway.conf: flyway.tabel is not a setting Flyway knows: expected a key such as flyway.table,"
                        + " flyway.mixed or flyway.placeholders.<name>. Fix the key or remove it.");
    }

    @Test
    void a_configured_flyway_value_flyway_refuses_is_named_too() {
        assertThatThrownBy(() -> MigrationHistory.configure().location(HISTORIES.resolve("good").toString())
                .flywaySetting("flyway.outOfOrder", "perhaps").load())
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("Invalid migration history at " + HISTORIES.resolve("good") + ": the configured Flyway"
                        + " setting flyway.outOfOrder=perhaps is refused by Flyway: Invalid value for flyway.outOfOrder"
                        + " (should be either true or false): perhaps. Fix the value.");
    }

    @Test
    void an_encoding_that_is_no_legal_charset_name_is_a_problem_of_the_history(@TempDir Path root) throws IOException {
        // GIVEN flyway.encoding=UTF 8 (a space: not even a legal name, which Java refuses with an exception)
        Files.createDirectories(root.resolve("sqlite"));
        Files.writeString(root.resolve("sqlite/V1__init.sql"), "CREATE TABLE t (id INTEGER);\n");
        Files.writeString(root.resolve("flyway.conf"), "flyway.encoding=UTF 8\n");

        // WHEN it is read, THEN the value is named as refused, as for any other unknown character set
        assertThatThrownBy(() -> MigrationHistory.configure().location(root.toString()).dialects(SQLITE).load())
                .isInstanceOfSatisfying(InvalidHistoryException.class, thrown -> assertThat(thrown.problems())
                        .containsExactly("flyway.conf: flyway.encoding=UTF 8 is refused: expected the name of a"
                                + " character set, such as UTF-8 or ISO-8859-1. Fix the value."));
    }

    @Test
    void scripts_are_read_in_the_encoding_flyway_conf_names(@TempDir Path root) throws IOException {
        // GIVEN a Latin-1 script and flyway.encoding=ISO-8859-1
        Files.createDirectories(root.resolve("postgresql"));
        Files.createDirectories(root.resolve("sqlite"));
        Files.write(root.resolve("sqlite/V1__menu.sql"),
                "CREATE TABLE menu (dish TEXT DEFAULT 'caf\u00e9');\n".getBytes("ISO-8859-1"));
        Files.writeString(root.resolve("flyway.conf"), "flyway.encoding=ISO-8859-1\n");

        // WHEN it is read
        MigrationHistory history = MigrationHistory.configure().location(root.toString()).dialects(SQLITE).load();

        // THEN the text is what the file says
        assertThat(history.revisions(SQLITE).get(0).up().sql())
                .isEqualTo("CREATE TABLE menu (dish TEXT DEFAULT 'caf\u00e9');\n");
    }
}
