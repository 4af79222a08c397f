package dev.stairway.junit;

import dev.stairway.verifier.locks.LockPolicy;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves {@link RevisionWalk} parameters, on the databases of {@link MigratedDatabaseExtension}'s root store. */
final class RevisionWalkExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RevisionWalk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new RevisionWalk(MigratedDatabaseExtension.databases(context),
                MigratedDatabaseExtension.settings(context), LockPolicy.configured(context::getConfigurationParameter));
    }
}
