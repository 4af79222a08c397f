/**
 * Engine, not API: PostgreSQL's catalog reader, from {@code pg_catalog}, one query per kind of object.
 */
package dev.stairway.verifier.catalog.postgresql;
