package dev.stairway.verifier.cli;

/** The descriptions of the options the operator's commands share. */
final class OperateOptions {

    static final String URL = "The database: sqlite:///relative/app.db, sqlite:////absolute/app.db, jdbc:sqlite:app.db,"
            + " postgres://user:password@host:port/database, postgresql://... or jdbc:postgresql://... The password"
            + " is never printed.";

    static final String FOLDER = "The migration folder (with sqlite/, postgresql/ and optional common/): a path, or"
            + " classpath:db/migration.";

    private OperateOptions() {
    }
}
