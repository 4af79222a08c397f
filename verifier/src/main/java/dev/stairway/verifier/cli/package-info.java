/**
 * Engine, not API: the {@code stairway} command line ({@link dev.stairway.verifier.cli.StairwayCommand}).
 */
package dev.stairway.verifier.cli;
