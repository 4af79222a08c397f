package dev.stairway.verifier.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.verifier.history.InvalidHistoryException;
import dev.stairway.verifier.history.RevisionVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The releases file: read back as written, and every line that cannot be read named with what was expected. */
class ReleasesTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @Test
    void a_file_of_two_releases_reads_back_as_written() {
        // GIVEN a file with a comment, a release, and a release with a legacy folder
        String text = "# shipped releases\n\nrelease 1.0 version 1\n  " + SHA_A + "  sqlite/V1__init.sql\n"
                + "release 2.0-rc.1 version 2 legacy ../legacy\n  " + SHA_A + "  sqlite/V1__init.sql\n  " + SHA_B
                + "  sqlite/V2__more.sql\n";

        // WHEN reading it
        Releases releases = Releases.parse("db/releases", text);

        // THEN both releases are there, in order, and each block renders as it was written
        assertThat(releases.all()).extracting(Release::label)
                .containsExactly("release 1.0 (V1)", "release 2.0-rc.1 (V2)");
        Release second = releases.named("2.0-rc.1").orElseThrow();
        assertThat(second.version()).isEqualTo(RevisionVersion.from("2"));
        assertThat(second.legacy()).isEqualTo(Optional.of("../legacy"));
        assertThat(second.checksums()).containsEntry("sqlite/V2__more.sql", SHA_B).hasSize(2);
        assertThat(Releases.block(second)).isEqualTo("release 2.0-rc.1 version 2 legacy ../legacy\n  " + SHA_A
                + "  sqlite/V1__init.sql\n  " + SHA_B + "  sqlite/V2__more.sql\n");
    }

    @Test
    void every_line_that_cannot_be_read_is_named_at_once() {
        // GIVEN a file with a checksum before any release, a bad name, a bad version, a duplicate file, a
        // duplicate release, a stray line and a release without files
        String text = "  " + SHA_A + "  sqlite/V1__init.sql\n"
                + "release 1 0 version 1\n"
                + "release 1.0 version one\n"
                + "  " + SHA_A + "  sqlite/V1__init.sql\n"
                + "release 2.0 version 2\n"
                + "  " + SHA_A + "  sqlite/V1__init.sql\n"
                + "  " + SHA_B + "  sqlite/V1__init.sql\n"
                + "release 2.0 version 3\n"
                + "shipped on a Friday\n"
                + "release 3.0 version 3\n";

        // WHEN reading it THEN every problem is named with its line
        assertThatThrownBy(() -> Releases.parse("db/releases", text))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("Invalid migration history at db/releases: 7 problems"
                        + "\n - releases line 1: a checksum before any release line: expected 'release <name> version"
                        + " <version> [legacy <folder>]', or '  <sha256>  <path>' under it. Add the release line above"
                        + " it, or record the release again with stairway release."
                        + "\n - releases line 2: expected 'release <name> version <version> [legacy <folder>]', or"
                        + " '  <sha256>  <path>' under it, found 'release 1 0 version 1'. Fix the line, or record the"
                        + " release again with stairway release."
                        + "\n - releases line 3: 'one' is not a version: expected digits separated by '.' or '_', such"
                        + " as 14 or 1.2. Fix the line."
                        + "\n - releases line 7: sqlite/V1__init.sql is listed twice in release 2.0: expected each file"
                        + " once. Remove one line."
                        + "\n - releases line 8: release 2.0 is recorded twice: expected each name once. Remove or"
                        + " rename one block."
                        + "\n - releases line 9: expected 'release <name> version <version> [legacy <folder>]', or"
                        + " '  <sha256>  <path>' under it, found 'shipped on a Friday'. Fix the line, or record the"
                        + " release again with stairway release."
                        + "\n - releases line 10: release 3.0 lists no files: expected a '  <sha256>  <path>' line per"
                        + " file it shipped. Record the release again with stairway release.");
    }
}
