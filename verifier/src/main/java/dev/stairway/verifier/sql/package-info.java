/**
 * Engine, not API: the one SQL lexer ({@link dev.stairway.verifier.sql.SqlLexer}), reading SQL text the way the
 * databases do, for splitting scripts into statements, reading CHECK expressions and SQLite's stored CREATE
 * statements.
 */
package dev.stairway.verifier.sql;
