/**
 * Engine, not API: reading SQL text the way the databases do, for splitting scripts into statements.
 */
package dev.stairway.verifier.sql;
