/**
 * Engine, not API: reading a database's own catalog, ONE reader per dialect
 * ({@link dev.stairway.verifier.catalog.CatalogReader}, with {@code catalog.sqlite} and {@code catalog.postgresql}).
 * It makes the schema snapshot, from which the seeder describes its tables too, and lists the tables whose rows
 * data snapshots read. Used only inside the verifier.
 */
package dev.stairway.verifier.catalog;
