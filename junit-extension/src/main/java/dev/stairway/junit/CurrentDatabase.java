package dev.stairway.junit;

import dev.stairway.fixtures.TestDatabase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which database the test running now uses, for objects injected once into a
 * {@code @TestInstance(PER_CLASS)} constructor and used by every test after: they ask here each time. The
 * extension binds a test's database to its thread before the test's {@code @BeforeEach} methods and unbinds it
 * after its {@code @AfterEach} methods. Kept in the class's store, so each class has its own.
 */
final class CurrentDatabase {

    private final String testClass;
    private final InheritableThreadLocal<TestDatabase> bound = new InheritableThreadLocal<>();
    private final Map<Thread, TestDatabase> running = new ConcurrentHashMap<>();

    CurrentDatabase(String testClass) {
        this.testClass = testClass;
    }

    void bind(TestDatabase database) {
        bound.set(database);
        running.put(Thread.currentThread(), database);
    }

    void unbind() {
        bound.remove();
        running.remove(Thread.currentThread());
    }

    /**
     * The database of the test running on this thread (or the thread that started it); when exactly one test of
     * the class is running, that test's, whichever thread asks.
     *
     * @throws IllegalStateException when no test, or several at once, could be meant
     */
    TestDatabase get() {
        TestDatabase mine = bound.get();
        if (mine != null && running.containsValue(mine)) {
            return mine;
        }
        var all = running.values().stream().distinct().toList();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new IllegalStateException("@MigratedDatabase on " + testClass + ": the DataSource or TestDatabase "
                + "injected into the constructor reaches the database of the test running now, but "
                + (all.isEmpty() ? "no test is running" : all.size() + " tests are running and this thread belongs "
                        + "to none of them")
                + ". Use it from a test or its @BeforeEach/@AfterEach methods, or inject it as a test method "
                + "parameter.");
    }
}
