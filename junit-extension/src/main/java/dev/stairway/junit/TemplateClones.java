package dev.stairway.junit;

import dev.stairway.fixtures.DatabasePreparer;
import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;

/**
 * Where a class run's databases come from: clones of one migrated template. Kept in the run's store with
 * {@link Isolation#METHOD}, so each test method takes its own clone.
 */
record TemplateClones(Databases databases, Dialect dialect, String templateKey, DatabasePreparer preparer) {

    /** Migrates the template if no run did yet, and has its first clones made in the background. */
    void prepare() {
        databases.prepare(dialect, templateKey, preparer);
    }

    /** A clone of the template, for the caller to close (which drops it). */
    TestDatabase take() {
        return databases.cloneOf(dialect, templateKey, preparer);
    }
}
