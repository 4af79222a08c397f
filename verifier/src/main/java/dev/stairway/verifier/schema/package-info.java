/**
 * API: schema snapshots ({@link dev.stairway.verifier.schema.SchemaSnapshot}), their differences
 * ({@link dev.stairway.verifier.schema.SchemaDiff}) and the comparison of two dialects' schemas. The catalog
 * readers behind the snapshots are engine.
 */
package dev.stairway.verifier.schema;
