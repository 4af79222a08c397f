package dev.stairway.verifier.schema;

import java.util.List;

/** Small checks shared by the snapshot records. */
final class Values {

    private Values() {
    }

    static void require(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A schema snapshot needs a " + what + ", but it was empty");
        }
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
