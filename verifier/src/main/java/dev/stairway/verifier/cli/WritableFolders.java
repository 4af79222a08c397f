package dev.stairway.verifier.cli;

import dev.stairway.verifier.report.ReportFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before a command walks anything, that the folders it will write to can be written: the report folder
 * it was given and the JVM's temporary directory. A walk can take minutes; finding out at its end that the report
 * cannot be written loses them.
 */
final class WritableFolders {

    private WritableFolders() {
    }

    /**
     * Why reports cannot be written into {@code folder} (given as {@code option}), if they cannot. The folder is
     * created when absent, as writing the report would.
     */
    static Optional<String> reportFolderProblem(String option, Path folder) {
        String named = option + " " + folder;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(named + " is a file, not a folder: expected a folder to write the reports into (it is"
                    + " created when missing). Name a folder.");
        }
        for (String report : new String[] {ReportFiles.JSON, ReportFiles.MARKDOWN, ReportFiles.HTML}) {
            if (Files.isDirectory(folder.resolve(report))) {
                return Optional.of(named + " holds a folder named " + report + ", where the report file goes."
                        + " Remove that folder or name another one.");
            }
        }
        return probe(folder).map(reason -> named + " cannot be written (" + reason + "): expected a folder to"
                + " write the reports into. Name a writable folder.");
    }

    /** Why the temporary directory {@code folder} ({@code java.io.tmpdir}) cannot be used, if it cannot. */
    static Optional<String> temporaryDirectoryProblem(Path folder) {
        String named = "the temporary directory " + folder + " (java.io.tmpdir)";
        Optional<String> reason = Files.exists(folder) && !Files.isDirectory(folder) ? Optional.of("it is a file")
                : !Files.exists(folder) ? Optional.of("it does not exist") : probe(folder);
        return reason.map(why -> named + " cannot be written (" + why + "): Stairway unpacks the SQLite driver and"
                + " PostgreSQL there and may keep its databases there. Point java.io.tmpdir at a writable folder,"
                + " for example STAIRWAY_JAVA_OPTS=-Djava.io.tmpdir=/path/to/folder.");
    }

    /** Creates {@code folder} if needed and a file in it, removed again; why that failed, if it did. */
    private static Optional<String> probe(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".stairway-", ".probe");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied at " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder " + missing.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return "a file is in the way at " + exists.getFile();
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason().toLowerCase(java.util.Locale.ROOT) + " at " + system.getFile();
        }
        return e.getMessage();
    }
}
