/**
 * Engine, not API: the operator's commands against a real database given by URL ({@link
 * dev.stairway.verifier.operate.DatabaseUrl}): what is applied and pending ({@link
 * dev.stairway.verifier.operate.AppliedRevisions}), the scripts an upgrade or downgrade between two versions runs
 * ({@link dev.stairway.verifier.operate.Plan}), and a downgrade with the undo scripts that asks before it drops
 * tables holding rows ({@link dev.stairway.verifier.operate.Downgrade}).
 */
package dev.stairway.verifier.operate;
