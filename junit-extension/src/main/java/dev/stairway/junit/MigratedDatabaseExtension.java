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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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
 * engine run, closed at its end). With {@link Isolation#CLASS} each run's {@link TestDatabase} is in that run's
 * store (dropped when the run ends); with {@link Isolation#METHOD} the run's store holds the {@link TemplateClones}
 * and each test method's clone is made on first use and kept in that method's store (dropped when the method
 * ends). Each injected {@link Connection} is in the store of the context that asked for it.
 */
final class MigratedDatabaseExtension implements ClassTemplateInvocationContextProvider, ExecutionCondition,
        ParameterResolver, TestInstancePostProcessor, BeforeClassTemplateInvocationCallback, BeforeEachCallback,
        AfterEachCallback {

    static final String DATABASE_KEY = "database";
    static final String CLONES_KEY = "clones";
    private static final String CURRENT_KEY = "current database";

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
        Optional<TestDatabase> database = database(extensionContext);
        if (database.isEmpty() && type != Connection.class
                && parameterContext.getDeclaringExecutable() instanceof java.lang.reflect.Constructor<?>) {
            // A PER_CLASS constructor: one instance for every test of every dialect, so it gets a stand-in.
            RoutingDatabase routing = new RoutingDatabase(current(extensionContext));
            return type == TestDatabase.class ? routing : routing.dataSource();
        }
        return valueOf(type, database.orElseThrow(() -> new ParameterResolutionException(
                notInARun(extensionContext, type, describe(parameterContext)))), extensionContext);
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
        if (isPerClass(context) && sharedDatabase(context).isPresent()) {
            context.getTestInstance().ifPresent(instance -> injectFields(instance, context));
        }
    }

    /**
     * With {@link Isolation#METHOD}, a {@code PER_CLASS} instance's fields are filled before each test with that
     * test's database. And a stand-in injected into a {@code PER_CLASS} constructor follows the test from here on.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (isPerClass(context) && sharedDatabase(context).isEmpty() && clones(context).isPresent()) {
            injectFields(context.getRequiredTestInstance(), context);
        }
        Optional.ofNullable(store(context).get(CURRENT_KEY, CurrentDatabase.class))
                .ifPresent(current -> database(context).ifPresent(current::bind));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Optional.ofNullable(store(context).get(CURRENT_KEY, CurrentDatabase.class)).ifPresent(CurrentDatabase::unbind);
    }

    private static boolean isPerClass(ExtensionContext context) {
        return context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_CLASS;
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

    /**
     * The isolation of {@code plan}'s class: the annotation's, else {@value MigratedDatabase#ISOLATION_PROPERTY_NAME}
     * from the JUnit configuration or the environment, else {@link Isolation#METHOD}.
     *
     * @throws ExtensionConfigurationException naming the setting and its value when the value is unknown
     */
    static Isolation isolation(ExtensionContext context, MigrationPlan plan) {
        if (plan.isolation() != Isolation.DEFAULT) {
            return plan.isolation();
        }
        String key = MigratedDatabase.ISOLATION_PROPERTY_NAME;
        String source = key;
        Optional<String> value = context.getConfigurationParameter(key).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            source = "environment variable " + StairwaySettings.environmentVariable(key);
            value = Optional.ofNullable(System.getenv(StairwaySettings.environmentVariable(key)))
                    .filter(v -> !v.isBlank());
        }
        if (value.isEmpty()) {
            return Isolation.METHOD;
        }
        try {
            return Isolation.from(value.get());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("Unknown isolation '" + value.get() + "' in " + source
                    + ": expected one of method, class. Fix " + source.replace("environment variable ", "") + ".", e);
        }
    }

    /** The one {@link Databases} of this engine run, loaded on first use and closed when the run ends. */
    @SuppressWarnings("deprecation") // computeIfAbsent only exists from JUnit 6; getOrComputeIfAbsent is in both.
    static Databases databases(ExtensionContext context) {
        StairwaySettings settings = settings(context);
        return store(context.getRoot()).getOrComputeIfAbsent(Databases.class,
                key -> Databases.configure().settings(settings).load(), Databases.class);
    }

    /**
     * The database {@code context} works on: its run's with {@link Isolation#CLASS}; with {@link Isolation#METHOD}
     * its test method's, cloned on first use; empty outside a run or a test method.
     */
    @SuppressWarnings("deprecation") // computeIfAbsent only exists from JUnit 6; getOrComputeIfAbsent is in both.
    private static Optional<TestDatabase> database(ExtensionContext context) {
        Optional<TestDatabase> shared = sharedDatabase(context);
        if (shared.isPresent() || context.getTestMethod().isEmpty()) {
            return shared;
        }
        return clones(context).map(clones -> store(context).getOrComputeIfAbsent(DATABASE_KEY,
                key -> clones.take(), TestDatabase.class));
    }

    private static Optional<TestDatabase> sharedDatabase(ExtensionContext context) {
        return Optional.ofNullable(store(context).get(DATABASE_KEY, TestDatabase.class));
    }

    private static Optional<TemplateClones> clones(ExtensionContext context) {
        return Optional.ofNullable(store(context).get(CLONES_KEY, TemplateClones.class));
    }

    @SuppressWarnings("deprecation")
    private static CurrentDatabase current(ExtensionContext context) {
        String testClass = MigrationPlan.of(context.getRequiredTestClass()).map(MigrationPlan::describe)
                .orElse(context.getRequiredTestClass().getSimpleName()).replaceFirst("^@MigratedDatabase on ", "");
        return store(context).getOrComputeIfAbsent(CURRENT_KEY, key -> new CurrentDatabase(testClass),
                CurrentDatabase.class);
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
                    + JdbcUrls.maskPassword(String.valueOf(e.getMessage()), database.password()), e);
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
