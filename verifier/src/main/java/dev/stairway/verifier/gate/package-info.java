/**
 * Engine, not API: the release gate. {@link dev.stairway.verifier.gate.ReleaseGate} proves, per release and dialect,
 * that a database built at the release and holding rows upgrades to the schema of a fresh install with its rows
 * kept ({@code UpgradePath}), comes back down to the release with the undo scripts ({@code DowngradePath}), and that
 * a legacy install of it is taken over by a Flyway baseline just as well ({@code LegacyInstall}). The databases at a
 * release hold the history's seed scripts' rows and generated ones; an up that fails only on generated rows is
 * retried without them, every step runs within the time limit, and an interruption stops the gate, as in the walk:
 * the work on databases is the walk's own ({@link dev.stairway.verifier.walk.DialectSteps},
 * {@link dev.stairway.verifier.walk.UpRetry}). Columns an up sets on purpose are left out of the data kept check
 * ({@code ColumnsSetByUps}).
 */
package dev.stairway.verifier.gate;
