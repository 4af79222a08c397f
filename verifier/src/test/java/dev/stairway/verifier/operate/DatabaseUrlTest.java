package dev.stairway.verifier.operate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Dialect;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The URLs an operator gives: each form read, every password masked in what is printed. */
class DatabaseUrlTest {

    @Test
    void sqlite_urls_name_a_file_relative_after_three_slashes_absolute_after_four_or_as_jdbc_does() {
        // GIVEN the three SQLite forms
        DatabaseUrl relative = DatabaseUrl.parse("sqlite:///data/app.db");
        DatabaseUrl absolute = DatabaseUrl.parse("sqlite:////var/lib/app/app.db");
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:sqlite:/var/lib/app/app.db");

        // THEN each names its file, absolute, and connects through sqlite-jdbc
        Path here = Path.of("").toAbsolutePath();
        assertThat(relative.file()).isEqualTo(Optional.of(here.resolve("data/app.db")));
        assertThat(relative.jdbcUrl()).isEqualTo("jdbc:sqlite:" + here.resolve("data/app.db"));
        assertThat(absolute.file()).isEqualTo(Optional.of(Path.of("/var/lib/app/app.db")));
        assertThat(jdbc.file()).isEqualTo(absolute.file());
        assertThat(absolute.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(absolute.name()).isEqualTo("app.db");
        assertThat(absolute).hasToString("sqlite database app.db (jdbc:sqlite:/var/lib/app/app.db)");
    }

    @Test
    void postgresql_urls_in_each_form_are_one_jdbc_url_with_every_parameter_and_print_masked() {
        // GIVEN the PostgreSQL forms, one with a parameter
        DatabaseUrl postgres = DatabaseUrl.parse("postgres://app:s3cret@db.example:6432/shop?sslmode=require");
        DatabaseUrl postgresql = DatabaseUrl.parse("postgresql://app:s3cret@db.example:6432/shop?sslmode=require");
        DatabaseUrl jdbc = DatabaseUrl.parse(
                "jdbc:postgresql://db.example:6432/shop?user=app&password=s3cret&sslmode=require");

        // THEN they are the same database, normalised, and print without the password
        assertThat(postgres.jdbcUrl()).isEqualTo(
                "jdbc:postgresql://db.example:6432/shop?user=app&password=s3cret&sslmode=require");
        assertThat(postgresql).isEqualTo(postgres);
        assertThat(jdbc).isEqualTo(postgres);
        assertThat(postgres.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(postgres.name()).isEqualTo("shop");
        assertThat(postgres.user()).isEqualTo("app");
        assertThat(postgres).hasToString(
                "postgresql database shop (jdbc:postgresql://db.example:6432/shop?user=app&password=****&sslmode=require)");
        assertThat(postgres.masked("FATAL: password s3cret refused")).isEqualTo("FATAL: password **** refused");
    }

    @Test
    void a_url_stairway_cannot_use_is_refused_saying_which_forms_it_takes_with_the_password_masked() {
        // WHEN giving a MySQL URL, a SQLite URL with two slashes and an in-memory SQLite database
        // THEN each is refused, naming the forms, and no password shows
        String forms = "Expected sqlite:///relative/path.db, sqlite:////absolute/path.db, jdbc:sqlite:path.db,"
                + " postgres://user:password@host:port/database, postgresql://… or jdbc:postgresql://…. Fix --url.";
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://app:s3cret@db/shop"))
                .hasMessage("Database URL 'mysql://app:****@db/shop' cannot be used: its scheme is none Stairway"
                        + " knows. " + forms);
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite://app.db"))
                .hasMessage("Database URL 'sqlite://app.db' cannot be used: a SQLite URL names its file after three"
                        + " slashes (relative) or four (absolute). " + forms);
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:sqlite::memory:"))
                .hasMessage("Database URL 'jdbc:sqlite::memory:' cannot be used: it names no SQLite file (an"
                        + " in-memory database holds nothing to migrate). " + forms);
    }
}
