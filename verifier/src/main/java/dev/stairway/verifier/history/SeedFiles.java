package dev.stairway.verifier.history;

import dev.stairway.fixtures.Dialect;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own seed scripts of a history: {@code seed/<dialect>/S<version>__<name>.sql}, or
 * {@code seed/common/S<version>__<name>.sql} for both dialects. Each puts rows in place before the revision of its
 * version is walked. The {@code seed/} folder is beside the dialects' folders, outside every Flyway location, so
 * Flyway never sees it, and {@code S} is none of Flyway's prefixes ({@code V}, {@code U}, {@code R}, {@code B}).
 */
final class SeedFiles {

    private static final Pattern NAME = Pattern.compile("S(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

    private SeedFiles() {
    }

    /**
     * The seed scripts of each of {@code dialects} by version, from {@code files} (paths relative to the history's
     * root); every misnamed or misplaced one, and every one without an up of its version, added to
     * {@code problems}.
     */
    static Map<Dialect, Map<RevisionVersion, MigrationScript>> read(Map<String, String> files, Set<Dialect> dialects,
            Map<Dialect, List<RevisionVersion>> upVersions, List<String> problems) {
        Map<Dialect, Map<RevisionVersion, MigrationScript>> seeds = new EnumMap<>(Dialect.class);
        dialects.forEach(dialect -> seeds.put(dialect, new TreeMap<>()));
        files.forEach((path, sql) -> {
            if (!path.startsWith(MigrationHistory.SEED_FOLDER + "/") || !path.endsWith(".sql")) {
                return;
            }
            String[] parts = path.split("/");
            String folder = parts.length == 3 ? parts[1] : "";
            Matcher name = NAME.matcher(parts[parts.length - 1]);
            if (!name.matches()) {
                problems.add(path + ": expected S<version>__<name>.sql, such as S3__first_users.sql: the seed script"
                        + " of revision V3. Rename the file.");
                return;
            }
            if (!folder.equals(HistoryReader.COMMON)
                    && Arrays.stream(Dialect.values()).noneMatch(dialect -> dialect.id().equals(folder))) {
                problems.add(path + ": a seed script belongs in seed/sqlite/, seed/postgresql/ or seed/common/. Move"
                        + " it there.");
                return;
            }
            RevisionVersion version = RevisionVersion.from(name.group(1));
            MigrationScript script = new MigrationScript(path, FileText.withoutByteOrderMark(sql));
            for (Dialect dialect : dialects) {
                if (!folder.equals(HistoryReader.COMMON) && !folder.equals(dialect.id())) {
                    continue;
                }
                if (!upVersions.getOrDefault(dialect, List.of()).contains(version)) {
                    problems.add(path + ": seeds version " + version + ", but " + dialect.id() + " has no V" + version
                            + "__<name>.sql: expected a seed script for a revision of the history. Renumber it or"
                            + " remove it.");
                    continue;
                }
                MigrationScript other = seeds.get(dialect).putIfAbsent(version, script);
                if (other != null) {
                    problems.add("version " + version + " has two seed scripts for " + dialect.id() + ": "
                            + other.path() + " and " + path + "; expected one. Merge them.");
                }
            }
        });
        return seeds;
    }
}
