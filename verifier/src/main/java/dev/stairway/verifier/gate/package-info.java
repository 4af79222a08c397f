/**
 * Engine, not API: the release gate. {@link dev.stairway.verifier.gate.ReleaseGate} proves, per release and dialect,
 * that a database built at the release and holding rows upgrades to the schema of a fresh install with its rows
 * kept ({@code UpgradePath}), comes back down to the release with the undo scripts ({@code DowngradePath}), and that
 * a legacy install of it is taken over by a Flyway baseline just as well ({@code LegacyInstall}).
 */
package dev.stairway.verifier.gate;
