package dev.stairway.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs fixture classes through the JUnit Platform TestKit, as a user's build would, and reads the outcome. */
final class TestKitRuns {

    private TestKitRuns() {
    }

    /** Runs {@code classes} in one engine execution, with {@code configuration} as JUnit configuration parameters. */
    static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(Arrays.stream(classes).map(type -> selectClass(type)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .configurationParameters(configuration)
                .execute();
    }

    /** Runs {@code classes} on both dialects, whatever the environment of this build says. */
    static EngineExecutionResults runOnBothDialects(Class<?>... classes) {
        return run(Map.of(MigratedDatabase.DIALECTS_PROPERTY_NAME, "sqlite,postgresql"), classes);
    }

    /** Each successful test as {@code "[dialect] method()"}: its run's display name, then its own. */
    static List<String> succeededTests(EngineExecutionResults results) {
        return names(results.testEvents().succeeded());
    }

    /** The display names of the class-template runs that finished successfully, such as {@code [sqlite]}. */
    static List<String> succeededRuns(EngineExecutionResults results) {
        return results.containerEvents().succeeded().stream()
                .map(Event::getTestDescriptor)
                .map(TestDescriptor::getDisplayName)
                .filter(name -> name.startsWith("["))
                .toList();
    }

    /** The messages of everything that failed, containers and tests, in the order they finished. */
    static List<String> failureMessages(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                .map(TestExecutionResult::getThrowable)
                .flatMap(Optional::stream)
                .map(Throwable::getMessage)
                .toList();
    }

    private static List<String> names(Events events) {
        return events.stream()
                .map(Event::getTestDescriptor)
                .map(test -> test.getParent().map(TestDescriptor::getDisplayName).orElse("") + " " + test.getDisplayName())
                .toList();
    }
}
