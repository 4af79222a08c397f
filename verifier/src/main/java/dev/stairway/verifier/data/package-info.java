/**
 * Engine, not API: the rows of a walk: generating rows in empty tables before a revision
 * ({@link dev.stairway.verifier.data.RowSeeder}), fingerprinting every table's rows
 * ({@link dev.stairway.verifier.data.DataSnapshot}) and comparing two fingerprints
 * ({@link dev.stairway.verifier.data.DataComparison}).
 */
package dev.stairway.verifier.data;
