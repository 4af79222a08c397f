package dev.stairway.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stairway verify} on bad input: exit status 2, one line on err naming the input and the fix, no stack
 * trace, and nothing walked (nothing on out). Each broken history is the clean one with one thing broken, made in
 * a temporary folder (named pipes and symbolic links do not live in the repository).
 */
class BadInputTest {

    static final Path CLEAN = Path.of("src/test/resources/walk/clean");
    private static final String EOL = System.lineSeparator();

    @TempDir
    Path temporary;

    /** Runs the command line, within a bound: a named pipe read by mistake would block it forever. */
    private static CommandRun stairway(String... args) {
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CommandRun.stairway(args));
    }

    /** Asserts the run refused its input with exactly {@code message} and walked nothing. */
    private static void assertRefused(CommandRun run, String message) {
        assertThat(run.err()).isEqualTo("stairway verify: " + message + EOL);
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(StairwayCommand.BAD_INPUT);
    }

    /** A copy of the clean history in {@code folder}. */
    static Path cleanHistory(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(CLEAN)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = folder.resolve(CLEAN.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return folder;
    }

    private Path history() throws IOException {
        return cleanHistory(temporary.resolve("history"));
    }

    @Test
    void a_migration_that_is_not_utf8_is_named_with_the_offset_of_the_first_bad_byte() throws IOException {
        // GIVEN a migration with a Latin-1 é on its second line
        Path history = history();
        Files.write(history.resolve("sqlite/V4__cafe.sql"),
                "-- menu\nINSERT INTO authors (id, name) VALUES (7, 'caf\u00e9');\n".getBytes("ISO-8859-1"));

        // WHEN / THEN
        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": sqlite/V4__cafe.sql: not UTF-8 text: byte 0xE9 at offset 54 (line 2) is not valid UTF-8. Save the"
                + " file as UTF-8, or set flyway.encoding in flyway.conf to the encoding it is in.");
    }

    @Test
    void a_symbolic_link_to_nothing_is_named_with_its_target() throws IOException {
        Path history = history();
        Files.createSymbolicLink(history.resolve("sqlite/V4__gone.sql"), Path.of("/nowhere/V4__gone.sql"));

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": sqlite/V4__gone.sql: a symbolic link to /nowhere/V4__gone.sql, which does not exist. Fix the"
                + " link or remove it.");
    }

    @Test
    void a_named_pipe_called_like_a_migration_is_refused_without_reading_it() throws Exception {
        // GIVEN a named pipe sqlite/V4__pipe.sql, which nobody writes to: reading it would block forever
        Path history = history();
        Process mkfifo = new ProcessBuilder("mkfifo", history.resolve("sqlite/V4__pipe.sql").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": sqlite/V4__pipe.sql: a named pipe, not a file: expected a file of SQL. Replace it with the file or"
                + " remove it.");
    }

    @Test
    void a_symbolic_link_loop_is_named_once_not_followed() throws IOException {
        // GIVEN sqlite/again pointing back at the history's root
        Path history = history();
        Files.createSymbolicLink(history.resolve("sqlite/again"), history);

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": sqlite/again: a symbolic link to " + history + ", a folder it is itself inside (a loop): expected"
                + " folders and files. Remove the link.");
    }

    @Test
    void a_symbolic_link_as_the_root_or_as_a_dialect_folder_is_followed_as_flyway_follows_it() throws IOException {
        // GIVEN a link to the clean history, and a history whose sqlite/ is a link to the clean one's
        Path linkedRoot = Files.createSymbolicLink(temporary.resolve("linked-root"), history());
        Path linkedDialect = Files.createDirectories(temporary.resolve("linked-dialect"));
        Files.createSymbolicLink(linkedDialect.resolve("sqlite"), CLEAN.resolve("sqlite").toAbsolutePath());

        // WHEN each is verified on SQLite
        CommandRun root = stairway("verify", linkedRoot.toString(), "--dialect", "sqlite");
        CommandRun dialect = stairway("verify", linkedDialect.toString(), "--dialect", "sqlite");

        // THEN both walk their three revisions and hold
        for (CommandRun run : new CommandRun[] {root, dialect}) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("sqlite: walking 3 revisions up, down and up again" + EOL)
                    .contains("All 3 revisions hold on sqlite");
            assertThat(run.status()).isEqualTo(StairwayCommand.HOLDS);
        }
    }

    @Test
    void a_file_given_as_the_folder_is_named_as_a_file() throws IOException {
        Path file = Files.writeString(temporary.resolve("V1__init.sql"), "CREATE TABLE t (id INTEGER);\n");

        assertRefused(stairway("verify", file.toString()), "Invalid migration history at " + file + ": a file, not a"
                + " folder (" + file + "): expected the folder holding sqlite/ and postgresql/ (and optionally"
                + " common/). Pass that folder.");
    }

    @Test
    void a_dialect_folder_that_is_a_file_is_named_as_a_file() throws IOException {
        Path history = history();
        try (Stream<Path> scripts = Files.list(history.resolve("sqlite"))) {
            for (Path script : (Iterable<Path>) scripts::iterator) {
                Files.delete(script);
            }
        }
        Files.delete(history.resolve("sqlite"));
        Files.writeString(history.resolve("sqlite"), "not a folder\n");

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": sqlite is a file, not a folder: expected sqlite/ holding V<version>__<name>.sql files. Replace"
                + " the file with the folder.");
    }

    @Test
    void an_unknown_flyway_key_in_flyway_conf_is_named() throws IOException {
        Path history = history();
        Files.writeString(history.resolve("flyway.conf"), "flyway.placeholders.owner=app\nflyway.tabel=history\n");

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": flyway.conf: flyway.tabel is not a setting Flyway knows: expected a key such as flyway.table,"
                + " flyway.mixed or flyway.placeholders.<name>. Fix the key or remove it.");
    }

    @Test
    void a_value_flyway_refuses_in_flyway_conf_is_named_with_its_key() throws IOException {
        Path history = history();
        Files.writeString(history.resolve("flyway.conf"), "flyway.mixed=sometimes\n");

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": flyway.conf: flyway.mixed=sometimes is refused by Flyway: Invalid value for flyway.mixed (should"
                + " be either true or false): sometimes. Fix the value.");
    }

    @Test
    void a_value_flyway_would_refuse_only_later_is_named_with_its_key() throws IOException {
        Path history = history();
        Files.writeString(history.resolve("flyway.conf"), "flyway.postgresql.transactional.lock=never\n");

        assertRefused(stairway("verify", history.toString()), "Invalid migration history at " + history
                + ": flyway.conf: flyway.postgresql.transactional.lock=never is refused: expected true or false. Fix"
                + " the value.");
    }

    @Test
    void a_report_option_naming_a_file_is_refused_before_the_walk() throws IOException {
        Path file = Files.writeString(temporary.resolve("report.txt"), "an earlier report\n");

        assertRefused(stairway("verify", CLEAN.toString(), "--report", file.toString()), "--report " + file
                + " is a file, not a folder: expected a folder to write the reports into (it is created when missing)."
                + " Name a folder.");
    }

    @Test
    void a_report_option_naming_a_place_that_cannot_be_written_is_refused_before_the_walk() throws IOException {
        Path file = Files.writeString(temporary.resolve("notes.txt"), "not a folder\n");
        Path inside = file.resolve("reports");

        assertRefused(stairway("verify", CLEAN.toString(), "--report", inside.toString()), "--report " + inside
                + " cannot be written (not a directory at " + inside + "): expected a folder to write the reports"
                + " into. Name a writable folder.");
    }

    @Test
    void an_unwritable_temporary_directory_is_refused_before_the_walk() throws IOException {
        // GIVEN java.io.tmpdir naming a file
        Path file = Files.writeString(temporary.resolve("tmp"), "not a folder\n");
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", file.toString());
        try {
            // WHEN / THEN
            assertRefused(stairway("verify", CLEAN.toString()), "the temporary directory " + file + " (java.io.tmpdir)"
                    + " cannot be written (it is a file): Stairway unpacks the SQLite driver and PostgreSQL there and"
                    + " may keep its databases there. Point java.io.tmpdir at a writable folder, for example"
                    + " STAIRWAY_JAVA_OPTS=-Djava.io.tmpdir=/path/to/folder.");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }

    @Test
    void a_postgresql_version_without_binaries_is_refused_naming_the_option_before_the_walk() {
        for (String version : new String[] {"9", "99"}) {
            assertRefused(stairway("verify", CLEAN.toString(), "--postgresql-version", version), "PostgreSQL version "
                    + version + " in --postgresql-version has no embedded binaries: expected one of 16, 17, 18. Fix"
                    + " --postgresql-version, or set --postgresql-provider to testcontainers or external for other"
                    + " versions.");
        }
    }

    @Test
    void the_external_provider_without_a_url_is_refused_naming_the_options_before_the_walk() {
        assertRefused(stairway("verify", CLEAN.toString(), "--postgresql-provider", "external"), "PostgreSQL provider"
                + " 'external' needs a server URL, but --postgresql-url is not set. Set --postgresql-url (or"
                + " STAIRWAY_POSTGRESQL_URL) to postgres://user:password@host:port/database.");
    }
}
