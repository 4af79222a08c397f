package dev.stairway.junit;

import dev.stairway.fixtures.Databases;
import dev.stairway.fixtures.JdbcUrls;
import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.StairwaySettings;
import dev.stairway.fixtures.TestDatabase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link MigratedDatabase @MigratedDatabase}: one class-template run per enabled dialect,
 * each with its own migrated database, injected as {@code DataSource}, {@code Connection} or
 * {@code TestDatabase}.
 *
 * <p>State lives in this extension's {@link Store} namespace: the {@link Databases} in the root store (one per
 * engine run, closed at its end), each run's {@link TestDatabase} in that run's store (dropped when the run
 * ends), each injected {@link Connection} in the store of the context that asked for it.
 */
final class MigratedDatabaseExtension implements ClassTemplateInvocationContextProvider, ExecutionCondition,
        ParameterResolver, TestInstancePostProcessor, BeforeClassTemplateInvocationCallback {

    static final String DATABASE_KEY = "database";

    private static final Namespace NAMESPACE = Namespace.create(MigratedDatabaseExtension.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(DataSource.class, Connection.class, TestDatabase.class);

    MigratedDatabaseExtension() {
    }

    // --- which dialects run -------------------------------------------------------------------------------

    /**
     * A class none of whose dialects is enabled by {@value MigratedDatabase#DIALECTS_PROPERTY_NAME} is skipped,
     * not failed: a CI job that runs one dialect deliberately leaves the others' classes out. Mistakes (an empty
     * {@code dialects}, an unknown setting) are left to {@link #provideClassTemplateInvocationContexts}, which
     * fails the class with the plain message.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        Optional<MigrationPlan> plan = context.getTestClass().flatMap(MigrationPlan::of);
        if (plan.isEmpty() || plan.get().dialects().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a @MigratedDatabase class with dialects");
        }
        Set<Dialect> enabled;
        try {
            enabled = settings(context).dialects();
        } catch (ExtensionConfigurationException e) {
            return ConditionEvaluationResult.enabled("settings are invalid, reported when the class runs");
        }
        List<Dialect> running = plan.get().enabledDialects(enabled);
        if (running.isEmpty()) {
            return ConditionEvaluationResult.disabled(plan.get().describe() + " runs on "
                    + MigrationPlan.ids(plan.get().dialects()) + ", none of which is enabled by "
                    + MigratedDatabase.DIALECTS_PROPERTY_NAME + " = " + MigrationPlan.ids(List.copyOf(enabled)));
        }
        return ConditionEvaluationResult.enabled("runs on " + MigrationPlan.ids(running));
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return MigrationPlan.of(context.getRequiredTestClass()).isPresent();
    }

    @Override
    public Stream<? extends ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        MigrationPlan plan = MigrationPlan.of(context.getRequiredTestClass()).orElseThrow();
        if (plan.dialects().isEmpty()) {
            throw new ExtensionConfigurationException(plan.describe() + ": dialects is empty. Name at least one, "
                    + "such as dialects = Dialect.SQLITE, or leave it out for all.");
        }
        return plan.enabledDialects(settings(context).dialects()).stream()
                .map(dialect -> new DialectInvocation(plan, dialect));
    }

    // --- injection ----------------------------------------------------------------------------------------

    /** Constructor parameters and fields are resolved in the test method's context, which sees the run's database. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return INJECTABLE.contains(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        TestDatabase database = database(extensionContext).orElseThrow(() -> new ParameterResolutionException(
                notInARun(extensionContext, type, describe(parameterContext))));
        return valueOf(type, database, extensionContext);
    }

    /**
     * Fills the {@link InjectDatabase @InjectDatabase} fields of a new test instance. Under
     * {@code @TestInstance(PER_CLASS)} the one instance outlives the dialects' runs, so its fields are filled at
     * the start of each run instead, by {@link #beforeClassTemplateInvocation}.
     */
    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_CLASS
                && database(context).isEmpty()) {
            return;
        }
        injectFields(testInstance, context);
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) {
        if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_CLASS) {
            context.getTestInstance().ifPresent(instance -> injectFields(instance, context));
        }
    }

    private static void injectFields(Object testInstance, ExtensionContext context) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(testInstance.getClass(), InjectDatabase.class);
        for (Field field : fields) {
            String where = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (!INJECTABLE.contains(field.getType())) {
                throw new ExtensionConfigurationException("@InjectDatabase on " + where + " of type "
                        + field.getType().getName() + ": expected a DataSource, Connection or TestDatabase field.");
            }
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@InjectDatabase on " + where
                        + ": expected an instance field that is neither static nor final (each dialect's run has its own database); remove "
                        + (Modifier.isStatic(field.getModifiers()) ? "static" : "final") + ".");
            }
            TestDatabase database = database(context).orElseThrow(() -> new ExtensionConfigurationException(
                    notInARun(context, field.getType(), where)));
            try {
                field.setAccessible(true);
                field.set(testInstance, valueOf(field.getType(), database, context));
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("@InjectDatabase could not set " + where + ": " + e.getMessage(), e);
            }
        }
    }

    // --- state --------------------------------------------------------------------------------------------

    /** This extension's store in {@code context}. */
    static Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    /**
     * Stairway's settings as {@code context} sees them: JUnit configuration parameters, else environment variables.
     *
     * @throws ExtensionConfigurationException naming the malformed setting, its value and what it accepts
     */
    static StairwaySettings settings(ExtensionContext context) {
        try {
            return StairwaySettings.from(key -> context.getConfigurationParameter(key));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
    }

    /** The one {@link Databases} of this engine run, loaded on first use and closed when the run ends. */
    @SuppressWarnings("deprecation") // computeIfAbsent only exists from JUnit 6; getOrComputeIfAbsent is in both.
    static Databases databases(ExtensionContext context) {
        StairwaySettings settings = settings(context);
        return store(context.getRoot()).getOrComputeIfAbsent(Databases.class,
                key -> Databases.configure().settings(settings).load(), Databases.class);
    }

    private static Optional<TestDatabase> database(ExtensionContext context) {
        return Optional.ofNullable(store(context).get(DATABASE_KEY, TestDatabase.class));
    }

    private static Object valueOf(Class<?> type, TestDatabase database, ExtensionContext context) {
        if (type == TestDatabase.class) {
            return database;
        }
        if (type == DataSource.class) {
            return database.dataSource();
        }
        try {
            Connection connection = database.connection();
            // Closed with the context that asked for it: after the test method, or after the instance's lifetime.
            store(context).put(connection, connection);
            return connection;
        } catch (SQLException e) {
            throw new ParameterResolutionException("Could not open a connection to " + database + ": "
                    + JdbcUrls.mask(String.valueOf(e.getMessage())), e);
        }
    }

    private static String describe(ParameterContext parameterContext) {
        java.lang.reflect.Executable executable = parameterContext.getDeclaringExecutable();
        String types = Stream.of(executable.getParameterTypes()).map(Class::getSimpleName)
                .collect(java.util.stream.Collectors.joining(", "));
        String name = executable instanceof java.lang.reflect.Constructor<?>
                ? "the constructor " + executable.getDeclaringClass().getSimpleName()
                : executable.getDeclaringClass().getSimpleName() + "." + executable.getName();
        return "parameter " + (parameterContext.getIndex() + 1) + " of " + name + "(" + types + ")";
    }

    private static String notInARun(ExtensionContext context, Class<?> type, String where) {
        return "@MigratedDatabase on " + context.getRequiredTestClass().getSimpleName() + ": cannot inject a "
                + type.getSimpleName() + " into " + where + ", which runs once for all dialects (@BeforeAll, "
                + "@AfterAll, or a constructor under @TestInstance(PER_CLASS)). Inject it into the test method, "
                + "a @BeforeEach method or an @InjectDatabase field instead.";
    }
}
