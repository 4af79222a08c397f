/**
 * Engine, not API: SQLite's catalog reader, from {@code sqlite_master}, the table-valued pragmas and the stored
 * CREATE statements (read with the one SQL lexer).
 */
package dev.stairway.verifier.catalog.sqlite;
