package dev.stairway.verifier.history;

import dev.stairway.fixtures.Dialect;
import dev.stairway.verifier.flyway.FlywaySettings;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.VerdictCode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads a history's files into revisions, collecting every problem before failing. */
final class HistoryReader {

    static final String COMMON = "common";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*\\.[A-Za-z_][A-Za-z0-9_$]*");
    private static final String DIRECTIVE = "stairway:";

    private final HistoryFiles files;
    private final Set<Dialect> dialects;
    private final Map<String, String> configuredSettings;
    private final ClassLoader classLoader;
    private final Set<String> problems = new LinkedHashSet<>();
    private final Map<String, String> neverRun = new TreeMap<>();

    HistoryReader(HistoryFiles files, Set<Dialect> dialects, Map<String, String> configuredSettings,
            ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.files = files;
        this.dialects = dialects;
        this.configuredSettings = configuredSettings;
    }

    private enum Kind { UP, UNDO, REPEATABLE }

    private record ScriptFile(Kind kind, RevisionVersion version, String description, MigrationScript script) {
    }

    MigrationHistory read() {
        problems.addAll(files.problems());
        if (!problems.isEmpty()) {
            throw new InvalidHistoryException(files.location(), List.copyOf(problems));
        }
        Map<String, String> settings = settings();
        neverRun();
        Map<String, String> texts = scripts(settings);
        Map<String, List<ScriptFile>> byFolder = scriptsByFolder(texts);

        Map<Dialect, List<Revision>> revisions = new EnumMap<>(Dialect.class);
        Map<Dialect, List<String>> locations = new EnumMap<>(Dialect.class);
        Map<Dialect, List<MigrationScript>> flywayScripts = new EnumMap<>(Dialect.class);
        for (Dialect dialect : dialects) {
            if (files.topFiles().contains(dialect.id())) {
                problems.add(dialect.id() + " is a file, not a folder: expected " + dialect.id() + "/ holding"
                        + " V<version>__<name>.sql files. Replace the file with the folder.");
                continue;
            }
            if (!files.folders().contains(dialect.id())) {
                problems.add("no folder " + dialect.id() + "/ under " + files.location() + ": expected sqlite/ and"
                        + " postgresql/ (and optionally common/), each holding V<version>__<name>.sql files."
                        + " Create " + dialect.id() + "/ with the " + dialect.id() + " migrations.");
                continue;
            }
            List<ScriptFile> scripts = new ArrayList<>(byFolder.getOrDefault(COMMON, List.of()));
            scripts.addAll(byFolder.getOrDefault(dialect.id(), List.of()));
            Map<RevisionVersion, ScriptFile> ups = unique(dialect, scripts, Kind.UP);
            Map<RevisionVersion, ScriptFile> undos = unique(dialect, scripts, Kind.UNDO);
            if (ups.isEmpty()) {
                problems.add(dialect.id() + "/ holds no migrations (nor does common/): expected"
                        + " V<version>__<name>.sql files such as V1__init.sql. Add the " + dialect.id()
                        + " migrations.");
                continue;
            }
            undos.forEach((version, undo) -> {
                if (!ups.containsKey(version)) {
                    problems.add(undo.script().path() + ": undo of version " + version + ", but there is no V"
                            + version + "__<name>.sql in " + dialect.id() + "/ or common/: expected an up"
                            + " migration for every undo. Add the up migration or remove the undo.");
                }
            });
            List<Revision> list = new ArrayList<>();
            ups.forEach((version, up) -> list.add(revision(dialect, up, Optional.ofNullable(undos.get(version)))));
            revisions.put(dialect, list);
            List<String> dialectLocations = new ArrayList<>();
            if (files.folders().contains(COMMON)) {
                dialectLocations.add(files.flywayLocation(COMMON));
            }
            dialectLocations.add(files.flywayLocation(dialect.id()));
            locations.put(dialect, dialectLocations);
            flywayScripts.put(dialect, flywayScripts(dialect, texts));
        }
        Map<Dialect, List<RevisionVersion>> upVersions = new EnumMap<>(Dialect.class);
        revisions.forEach((dialect, list) -> upVersions.put(dialect, list.stream().map(Revision::version).toList()));
        List<String> seedProblems = new ArrayList<>();
        Map<Dialect, Map<RevisionVersion, MigrationScript>> seeds = SeedFiles.read(texts, revisions.keySet(),
                upVersions, seedProblems);
        problems.addAll(seedProblems);
        if (!problems.isEmpty()) {
            // a file that never runs may be why a version is missing: tell it with the problems
            problems.addAll(neverRun.values());
            throw new InvalidHistoryException(files.location(), List.copyOf(problems));
        }
        return new MigrationHistory(files.location(), revisions, locations, flywayScripts, settings,
                List.copyOf(neverRun.values()), classLoader, seeds);
    }

    /** Every SQL file Flyway finds in {@code dialect}'s locations: {@code common/}, then the dialect's folder. */
    private static List<MigrationScript> flywayScripts(Dialect dialect, Map<String, String> texts) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String folder : List.of(COMMON + "/", dialect.id() + "/")) {
            texts.forEach((path, sql) -> {
                if (path.startsWith(folder) && path.endsWith(".sql")) {
                    scripts.add(new MigrationScript(path, sql));
                }
            });
        }
        return scripts;
    }

    private Map<String, String> settings() {
        Map<String, String> fromFile = new LinkedHashMap<>();
        byte[] confBytes = files.files().get(MigrationHistory.FLYWAY_CONF);
        FileText confText = confBytes == null ? null
                : FileText.decode(MigrationHistory.FLYWAY_CONF, confBytes, StandardCharsets.UTF_8);
        if (confText != null && confText.problem() != null) {
            problems.add(confText.problem());
        }
        String conf = confText == null ? null : confText.text();
        if (conf != null) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(conf));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(MigrationHistory.FLYWAY_CONF + ": not readable as Java properties (" + e.getMessage()
                        + "); expected lines such as flyway.placeholders.owner=app. Fix the file.");
            }
            properties.stringPropertyNames().forEach(key -> fromFile.put(key, properties.getProperty(key)));
        }
        FlywaySettings.problems(fromFile, classLoader)
                .forEach(problem -> problems.add(MigrationHistory.FLYWAY_CONF + ": " + problem));
        FlywaySettings.problems(configuredSettings, classLoader)
                .forEach(problem -> problems.add("the configured Flyway setting " + problem));
        Map<String, String> settings = new LinkedHashMap<>(fromFile);
        settings.putAll(configuredSettings);
        return settings;
    }

    /** Notes the files in the folders read that are named almost like migrations, which Flyway never runs. */
    private void neverRun() {
        for (String path : files.paths()) {
            int slash = path.indexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            if (folder.equals(COMMON) || dialects.stream().anyMatch(dialect -> dialect.id().equals(folder))) {
                NeverRunNames.warning(path).ifPresent(warning -> neverRun.put(path, warning));
            }
        }
    }

    /**
     * Every SQL file's text, decoded in {@code flyway.encoding} (UTF-8 by default) as Flyway decodes it; a file
     * that is not valid text in it is a problem naming the byte.
     */
    private Map<String, String> scripts(Map<String, String> settings) {
        Charset charset = StandardCharsets.UTF_8;
        String encoding = settings.get("flyway.encoding");
        if (encoding != null && supported(encoding)) {
            charset = Charset.forName(encoding);
        }
        Map<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            if (file.getKey().endsWith(".sql")) {
                FileText text = FileText.decode(file.getKey(), file.getValue(), charset);
                if (text.problem() != null) {
                    problems.add(text.problem());
                } else {
                    texts.put(file.getKey(), text.text());
                }
            }
        }
        return texts;
    }

    /**
     * Whether {@code encoding} names a character set this JVM has; false for an illegal name too (such as
     * {@code UTF 8}), which the settings' check already told as a problem.
     */
    private static boolean supported(String encoding) {
        try {
            return Charset.isSupported(encoding);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private Map<String, List<ScriptFile>> scriptsByFolder(Map<String, String> texts) {
        Map<String, List<ScriptFile>> byFolder = new TreeMap<>();
        texts.forEach((path, sql) -> {
            if (!path.endsWith(".sql") || neverRun.containsKey(path)) {
                return;
            }
            int slash = path.indexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            Optional<ScriptFile> parsed = parse(path, sql);
            if (parsed.isEmpty()) {
                return;
            }
            if (folder.isEmpty()) {
                problems.add(path + ": a migration directly in the history root; expected it in sqlite/,"
                        + " postgresql/ or common/. Move it into one of them.");
            } else if (folder.equals(COMMON) || dialects.stream().anyMatch(d -> d.id().equals(folder))) {
                byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(parsed.get());
            }
        });
        return byFolder;
    }

    /** The script a file holds, empty for files that do not look like migrations or do not parse. */
    private Optional<ScriptFile> parse(String path, String sql) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!looksLikeMigration(name)) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - ".sql".length());
        MigrationScript script = new MigrationScript(path, FileText.withoutByteOrderMark(sql));
        char prefix = name.charAt(0);
        if (prefix == 'R') {
            if (!stem.startsWith("R__")) {
                problems.add(path + ": a repeatable migration has no version: expected R__<name>.sql, such as"
                        + " R__views.sql. Rename the file.");
                return Optional.empty();
            }
            if (stem.length() == 3) {
                problems.add(path + ": the name after '__' is empty: expected R__<name>.sql, such as R__views.sql."
                        + " Rename the file.");
                return Optional.empty();
            }
            return Optional.of(new ScriptFile(Kind.REPEATABLE, null, stem.substring(3), script));
        }
        String example = prefix + "1__init.sql";
        String rest = stem.substring(1);
        int separator = rest.indexOf("__");
        if (separator < 0) {
            problems.add(path + ": expected " + prefix + "<version>__<name>.sql with two underscores between version"
                    + " and name, such as " + example + ". Rename the file.");
            return Optional.empty();
        }
        String version = rest.substring(0, separator);
        String description = rest.substring(separator + 2);
        if (!RevisionVersion.isVersion(version)) {
            problems.add(path + ": '" + version + "' is not a version: expected digits separated by '.' or '_'"
                    + " after " + prefix + ", such as " + prefix + "7__, " + prefix + "1.2__ or " + prefix
                    + "2_1__. Rename the file.");
            return Optional.empty();
        }
        if (description.isEmpty()) {
            problems.add(path + ": the name after '__' is empty: expected " + prefix + "<version>__<name>.sql, such"
                    + " as " + example + ". Rename the file.");
            return Optional.empty();
        }
        return Optional.of(new ScriptFile(prefix == 'V' ? Kind.UP : Kind.UNDO, RevisionVersion.from(version),
                description, script));
    }

    /**
     * Whether a file name starts like a migration, so that failing to parse it is an error rather than a file
     * to leave alone: {@code V}, {@code U} or {@code R}, then a digit or an underscore, or a {@code __} later on
     * (Flyway would try to read {@code Vx__a.sql} too).
     */
    private static boolean looksLikeMigration(String name) {
        if (name.length() < 2 || "VUR".indexOf(name.charAt(0)) < 0) {
            return false;
        }
        return Character.isDigit(name.charAt(1)) || name.charAt(1) == '_' || name.contains("__");
    }

    private Map<RevisionVersion, ScriptFile> unique(Dialect dialect, List<ScriptFile> scripts, Kind kind) {
        Map<RevisionVersion, List<ScriptFile>> byVersion = new TreeMap<>();
        scripts.stream().filter(script -> script.kind() == kind)
                .forEach(script -> byVersion.computeIfAbsent(script.version(), v -> new ArrayList<>()).add(script));
        Map<RevisionVersion, ScriptFile> unique = new TreeMap<>();
        byVersion.forEach((version, list) -> {
            if (list.size() > 1) {
                String prefix = kind == Kind.UP ? "V" : "U";
                problems.add((kind == Kind.UP ? "" : "undo ") + "version " + version + " has " + list.size()
                        + " files for " + dialect.id() + ": " + String.join(" and ", list.stream()
                                .map(script -> script.script().path()).toList())
                        + "; expected one " + prefix + version + "__<name>.sql in " + dialect.id()
                        + "/ and common/ together. Renumber or remove all but one.");
            }
            unique.put(version, list.get(0));
        });
        return unique;
    }

    private Revision revision(Dialect dialect, ScriptFile up, Optional<ScriptFile> undo) {
        Optional<String> irreversible = Optional.empty();
        List<AcceptedVerdict> accepted = new ArrayList<>();
        List<String> upLines = up.script().sql().lines().toList();
        for (int index = 0; index < upLines.size(); index++) {
            Optional<Directive> directive = directive(up.script(), index + 1, upLines.get(index));
            if (directive.isEmpty()) {
                continue;
            }
            String where = up.script().path() + " line " + (index + 1) + ": ";
            switch (directive.get().name()) {
                case "irreversible" -> {
                    if (index != 0) {
                        problems.add(where + "-- stairway:irreversible must be the first line of the script."
                                + " Move it to line 1.");
                    } else if (directive.get().arguments().isEmpty()) {
                        problems.add(where + "-- stairway:irreversible needs a reason, such as"
                                + " '-- stairway:irreversible drops the audit data'. Add the reason.");
                    } else {
                        irreversible = Optional.of(String.join(" ", directive.get().arguments()));
                    }
                }
                case "lossy" -> problems.add(where + "-- stairway:lossy belongs in the undo script (U" + up.version()
                        + "__<name>.sql), which is what loses the data. Move it there.");
                case "accept" -> accept(directive.get(), where, ScriptKind.UP).ifPresent(accepted::add);
                default -> { }
            }
        }
        Set<String> lossy = new TreeSet<>();
        if (undo.isPresent()) {
            MigrationScript script = undo.get().script();
            List<String> lines = script.sql().lines().toList();
            for (int index = 0; index < lines.size(); index++) {
                Optional<Directive> directive = directive(script, index + 1, lines.get(index));
                if (directive.isEmpty()) {
                    continue;
                }
                String where = script.path() + " line " + (index + 1) + ": ";
                switch (directive.get().name()) {
                    case "lossy" -> {
                        if (directive.get().arguments().isEmpty()) {
                            problems.add(where + "-- stairway:lossy names no columns: expected"
                                    + " '-- stairway:lossy <table>.<column> ...'. Add the columns or remove the line.");
                        }
                        for (String column : directive.get().arguments()) {
                            if (COLUMN.matcher(column).matches()) {
                                lossy.add(column);
                            } else {
                                problems.add(where + "'" + column + "' is not a column: expected <table>.<column>,"
                                        + " such as users.email. Fix the directive.");
                            }
                        }
                    }
                    case "irreversible" -> problems.add(where + "-- stairway:irreversible belongs on the first"
                            + " line of the up script (V" + up.version() + "__<name>.sql). Move it there.");
                    case "accept" -> accept(directive.get(), where, ScriptKind.UNDO).ifPresent(accepted::add);
                    default -> { }
                }
            }
            if (irreversible.isPresent()) {
                problems.add(up.script().path() + " declares -- stairway:irreversible, but " + script.path()
                        + " undoes it: expected one or the other. Remove the directive or the undo script.");
            }
        }
        return new Revision(dialect, up.version(), up.description(), up.script(), undo.map(ScriptFile::script),
                irreversible, lossy, accepted);
    }

    /** The verdict a {@code -- stairway:accept <code> <reason>} directive accepts, or a problem. */
    private Optional<AcceptedVerdict> accept(Directive directive, String where, ScriptKind script) {
        List<String> arguments = directive.arguments();
        if (arguments.isEmpty()) {
            problems.add(where + "-- stairway:accept names no verdict: expected '-- stairway:accept <code> <reason>'"
                    + " with one of " + VerdictCode.codes() + ". Add the code and the reason.");
            return Optional.empty();
        }
        Optional<VerdictCode> code = VerdictCode.from(arguments.get(0));
        if (code.isEmpty()) {
            problems.add(where + "'" + arguments.get(0) + "' is not a verdict code: expected one of "
                    + VerdictCode.codes() + ". Fix the directive.");
            return Optional.empty();
        }
        if (arguments.size() == 1) {
            problems.add(where + "-- stairway:accept " + code.get() + " needs a reason, such as '-- stairway:accept "
                    + code.get() + " the table holds 40 rows'. Add the reason.");
            return Optional.empty();
        }
        return Optional.of(new AcceptedVerdict(code.get(), script,
                String.join(" ", arguments.subList(1, arguments.size()))));
    }

    private record Directive(String name, List<String> arguments) {
    }

    /** The {@code -- stairway:} directive on a line, if any; an unknown one is a problem. */
    private Optional<Directive> directive(MigrationScript script, int lineNumber, String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("--")) {
            return Optional.empty();
        }
        String body = stripped.substring(2).strip();
        if (!body.toLowerCase(Locale.ROOT).startsWith(DIRECTIVE)) {
            return Optional.empty();
        }
        List<String> words = List.of(body.substring(DIRECTIVE.length()).strip().split("\\s+"));
        String name = words.get(0);
        if (!name.equals("irreversible") && !name.equals("lossy") && !name.equals("accept")) {
            problems.add(script.path() + " line " + lineNumber + ": unknown directive '-- stairway:" + name
                    + "': expected '-- stairway:irreversible <reason>' (first line of a V script),"
                    + " '-- stairway:lossy <table>.<column> ...' (in a U script) or"
                    + " '-- stairway:accept <code> <reason>'. Fix or remove the line.");
            return Optional.empty();
        }
        return Optional.of(new Directive(name, words.subList(1, words.size())));
    }
}
