package dev.stairway.verifier.schema;

import java.util.Locale;

/**
 * A PostgreSQL extension. Its version is kept for information but left out of {@link #equals} and
 * {@link #hashCode}, since it depends on the server's packages, not on the migrations.
 *
 * @param name the extension name, such as {@code pgcrypto}
 * @param version its installed version, such as {@code 1.3}, or {@code null}
 */
public record Extension(String name, String version) {

    /** Checks the name is present. */
    public Extension {
        Values.require(name, "extension name");
    }

    /** Equal when the names are equal; the version is ignored. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Extension extension && extension.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.toLowerCase(Locale.ROOT).hashCode();
    }
}
