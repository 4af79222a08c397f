/**
 * API: schema snapshots ({@link dev.stairway.verifier.schema.SchemaSnapshot}), their differences
 * ({@link dev.stairway.verifier.schema.SchemaDiff}), column types resolved through enums and domains
 * ({@link dev.stairway.verifier.schema.ColumnType}, {@link dev.stairway.verifier.schema.TypeFamily}) and the
 * comparison of two dialects' schemas. The catalog readers behind the snapshots are engine, in {@code catalog}.
 */
package dev.stairway.verifier.schema;
