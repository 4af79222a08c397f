package dev.stairway.verifier.release;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.history.MigrationHistory;
import dev.stairway.verifier.report.Finding;
import dev.stairway.verifier.report.FindingKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the files a release shipped with the files as they are now. A shipped file whose checksum changed, that
 * is gone, or whose text now sits under another version is a finding; so is an up migration added with a version
 * the release covers, which databases at the release will never run. An undo or seed script added to a released
 * revision later is a notice: databases at the release do not depend on it. A released seed script
 * ({@code seed/<dialect>/S<version>__<name>.sql}) is held to its checksum too: the gate builds the databases at the
 * release with its rows, so editing or removing it changes what the gate proves.
 *
 * <p>A finding concerns the dialect whose folder holds the file; a file in {@code common/} (or
 * {@code seed/common/}) concerns each dialect.
 *
 * <p>Engine: not part of Stairway's API.
 */
public final class Drift {

    private Drift() {
    }

    /** The drift of {@code release} on {@code dialect}, comparing with the history's files {@code now}. */
    public static List<Finding> findings(Release release, MigrationFiles now, Dialect dialect) {
        List<Finding> findings = new ArrayList<>();
        Set<String> renumberedTo = new HashSet<>();
        for (Map.Entry<String, String> shipped : release.checksums().entrySet()) {
            String path = shipped.getKey();
            if (!concerns(path, dialect)) {
                continue;
            }
            Optional<MigrationFile> current = now.at(path);
            if (current.isPresent() && current.get().checksum().equals(shipped.getValue())) {
                continue;
            }
            if (current.isPresent()) {
                findings.add(finding(release, dialect, FindingKind.RELEASED_FILE_CHANGED, path + ": sha256 "
                        + FileChecksum.shortForm(shipped.getValue()) + " recorded, "
                        + FileChecksum.shortForm(current.get().checksum()) + " now; " + (current.get().isSeed()
                                ? "the gate proves " + release.name() + " on the rows it recorded. Restore the file and"
                                        + " put new rows in the seed script of a later revision."
                                : "databases at " + release.name() + " ran the recorded text. Restore the file and make"
                                        + " the change in a new revision.")));
                continue;
            }
            Optional<MigrationFile> moved = now.all().stream()
                    .filter(file -> file.checksum().equals(shipped.getValue())
                            && MigrationFile.folderOf(path).equals(file.folder()) && isSeed(path) == file.isSeed()
                            && !release.checksums().containsKey(file.path()))
                    .findFirst();
            if (moved.isPresent()) {
                renumberedTo.add(moved.get().path());
                findings.add(finding(release, dialect, FindingKind.RELEASED_FILE_RENUMBERED, path + " is now "
                        + moved.get().path() + "; databases at " + release.name() + " have it applied under its"
                        + " recorded version. Give it back its name and version."));
            } else {
                findings.add(finding(release, dialect, FindingKind.RELEASED_FILE_REMOVED, path + " is gone; "
                        + (isSeed(path) ? "the gate proves " + release.name() + " on the rows it recorded"
                                : "databases at " + release.name() + " have it applied") + ". Restore the file."));
            }
        }
        for (MigrationFile file : now.all()) {
            if (!concerns(file.path(), dialect) || file.version().compareTo(release.version()) > 0
                    || release.checksums().containsKey(file.path()) || renumberedTo.contains(file.path())) {
                continue;
            }
            if (file.isUp()) {
                findings.add(finding(release, dialect, FindingKind.MIGRATION_ADDED_TO_RELEASE, file.path()
                        + " has version " + file.version() + ", which " + release.name() + " covers (up to V"
                        + release.version() + ") but did not ship: databases at " + release.name() + " will never"
                        + " run it. Give it a version above " + release.version() + "."));
            } else {
                findings.add(finding(release, dialect, FindingKind.FILE_ADDED_TO_RELEASE, file.path()
                        + " was added after " + release.name() + ", which covers V" + file.version() + "; its"
                        + " checksum is not recorded."));
            }
        }
        return findings;
    }

    private static boolean concerns(String path, Dialect dialect) {
        String folder = MigrationFile.folderOf(path);
        return folder.equals("common") || folder.equals(dialect.id());
    }

    /** Whether the recorded {@code path} is a seed script's ({@code seed/<dialect>/S<version>__<name>.sql}). */
    private static boolean isSeed(String path) {
        return path.startsWith(MigrationHistory.SEED_FOLDER + "/");
    }

    private static Finding finding(Release release, Dialect dialect, FindingKind kind, String detail) {
        return Finding.on(release.label(), dialect, kind, List.of(detail));
    }
}
