package dev.stairway.verifier.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RevisionVersionTest {

    @Test
    void versions_read_as_flyway_reads_them_and_print_with_dots() {
        assertThat(RevisionVersion.from("7")).hasToString("7");
        assertThat(RevisionVersion.from("1.2")).hasToString("1.2");
        assertThat(RevisionVersion.from("2_1")).hasToString("2.1");
        assertThat(RevisionVersion.from("2_1")).isEqualTo(RevisionVersion.from("2.1"))
                .hasSameHashCodeAs(RevisionVersion.from("2.1"));
    }

    @Test
    void versions_order_numerically_part_by_part() {
        List<RevisionVersion> sorted = Stream.of("10", "1.10", "2", "1.2", "1")
                .map(RevisionVersion::from).sorted().toList();

        assertThat(sorted).extracting(RevisionVersion::toString).containsExactly("1", "1.2", "1.10", "2", "10");
    }

    @Test
    void trailing_zero_parts_make_no_other_version_as_in_flyway() {
        assertThat(RevisionVersion.from("1.0")).isEqualByComparingTo(RevisionVersion.from("1"));
        for (String[] same : List.of(new String[] {"1", "1.0"}, new String[] {"1", "01"}, new String[] {"1.0.0", "1"},
                new String[] {"2.1", "2.01"}, new String[] {"0", "0.0"})) {
            assertThat(RevisionVersion.from(same[0])).isEqualTo(RevisionVersion.from(same[1]))
                    .hasSameHashCodeAs(RevisionVersion.from(same[1]));
        }
        assertThat(RevisionVersion.from("1.01")).isNotEqualTo(RevisionVersion.from("1.1.0.1"))
                .isNotEqualTo(RevisionVersion.from("11"));
        assertThat(RevisionVersion.from("1.10")).isNotEqualTo(RevisionVersion.from("1.1"));
    }

    @Test
    void text_that_is_not_a_version_is_refused_with_what_a_version_looks_like() {
        for (String text : List.of("x", "", "1..2", "latest", "1.a", "-1")) {
            assertThatThrownBy(() -> RevisionVersion.from(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + text + "' is not a revision version: expected digits separated by '.' or '_',"
                            + " such as 7, 1.2 or 2_1");
        }
    }
}
