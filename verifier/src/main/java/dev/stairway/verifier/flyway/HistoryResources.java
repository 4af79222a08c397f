package dev.stairway.verifier.flyway;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.history.MigrationScript;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.history.RevisionVersion;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * A dialect's SQL files as Flyway resources, read once with the history, so that Flyway is handed them instead of
 * listing and reading its locations on every call.
 *
 * <p>A {@link #window window} hands Flyway only the up scripts a call may apply, with every other file
 * (repeatable migrations, callbacks, ...) as Flyway would find it: each call then resolves and checksums one script
 * or a few, not the whole history, which keeps a walk of a long history linear. Undo scripts are never handed
 * over; Flyway Community does not run them.
 */
final class HistoryResources {

    private final String dialect;
    private final String location;
    private final List<Script> others;
    private final List<Script> ups;
    private final List<RevisionVersion> versions;

    private HistoryResources(String dialect, String location, List<Script> others, List<Script> ups) {
        this.dialect = dialect;
        this.location = location;
        this.others = List.copyOf(others);
        this.ups = ups.stream().sorted(Comparator.comparing(Script::version)).toList();
        this.versions = this.ups.stream().map(Script::version).toList();
    }

    /** One SQL file, with the version of the revision it is the up script of (null for any other file). */
    private record Script(LoadableResource resource, RevisionVersion version) {
    }

    /** The SQL files of {@code dialect}'s locations in {@code history}. */
    static HistoryResources of(MigrationHistory history, Dialect dialect) {
        Map<String, RevisionVersion> upVersions = new HashMap<>();
        Set<String> undos = new HashSet<>();
        for (Revision revision : history.revisions(dialect)) {
            upVersions.put(revision.up().path(), revision.version());
            revision.undo().ifPresent(undo -> undos.add(undo.path()));
        }
        String root = history.location().replaceAll("/+$", "");
        List<Script> others = new ArrayList<>();
        List<Script> ups = new ArrayList<>();
        for (MigrationScript script : history.flywayScripts(dialect)) {
            if (undos.contains(script.path())) {
                continue;
            }
            RevisionVersion version = upVersions.get(script.path());
            Script served = new Script(new ScriptResource(root, script), version);
            (version == null ? others : ups).add(served);
        }
        return new HistoryResources(dialect.id(), history.location(), others, ups);
    }

    /**
     * Checks that a revision with {@code version} has its up script here, to migrate {@code database} to it.
     *
     * @throws IllegalArgumentException naming the history's versions when it has none such
     */
    void checkHas(RevisionVersion version, TestDatabase database) {
        if (Collections.binarySearch(versions, version) < 0) {
            throw new IllegalArgumentException("No revision V" + version + " to migrate " + database + " to: the "
                    + dialect + " history at " + location + " has no V" + version + "__<name>.sql"
                    + (versions.isEmpty() ? "" : " (its versions run from " + versions.get(0) + " to "
                            + versions.get(versions.size() - 1) + ")") + ". Pass a version it has.");
        }
    }

    /** How many revisions have a version up to {@code latest} (none when empty). */
    int versionsUpTo(Optional<RevisionVersion> latest) {
        return latest.map(this::countUpTo).orElse(0);
    }

    private int countUpTo(RevisionVersion version) {
        int found = Collections.binarySearch(versions, version);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /**
     * Flyway's view for one call: the up scripts above {@code after} (all when empty) up to {@code upTo} (all when
     * empty), and every other file.
     */
    ResourceProvider window(Optional<RevisionVersion> after, Optional<RevisionVersion> upTo) {
        List<LoadableResource> resources = new ArrayList<>();
        others.forEach(script -> resources.add(script.resource()));
        int from = after.map(this::countUpTo).orElse(0);
        int to = upTo.map(this::countUpTo).orElse(ups.size());
        if (from < to) {
            ups.subList(from, to).forEach(script -> resources.add(script.resource()));
        }
        return new Provider(List.copyOf(resources));
    }

    /** Flyway's view of every file, all up scripts included. */
    ResourceProvider all() {
        return window(Optional.empty(), Optional.empty());
    }

    private record Provider(List<LoadableResource> resources) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return resources.stream().filter(resource -> resource.getRelativePath().equals(name)).findFirst()
                    .orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            for (LoadableResource resource : resources) {
                String name = resource.getFilename();
                if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                    found.add(resource);
                }
            }
            return found;
        }

        private static boolean endsWithAny(String name, String[] suffixes) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A script as Flyway's file-system scanner would present it: its path relative to its location (the dialect's
     * folder or {@code common/}) as the relative path Flyway records in the history table.
     */
    private static final class ScriptResource extends LoadableResource {

        private final String absolutePath;
        private final String relativePath;
        private final String fileName;
        private final String sql;

        ScriptResource(String root, MigrationScript script) {
            this.absolutePath = root + "/" + script.path();
            this.relativePath = script.path().substring(script.path().indexOf('/') + 1);
            this.fileName = script.fileName();
            this.sql = script.sql();
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return absolutePath;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return absolutePath;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return relativePath;
        }
    }
}
