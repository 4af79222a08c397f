package dev.stairway.junit;

import dev.stairway.fixtures.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What one {@link MigratedDatabase @MigratedDatabase} class asks for: its dialects, migration locations, target
 * and isolation, read from the annotation wherever it sits (on the class, a superclass, or a composed annotation).
 */
record MigrationPlan(Class<?> testClass, List<Dialect> dialects, List<String> locations, String target,
        Isolation isolation) {

    static final String DEFAULT_LOCATION = "classpath:db/migration/" + MigratedDatabase.DIALECT_PLACEHOLDER;
    static final String COMMON_LOCATION = "classpath:db/migration/common";

    MigrationPlan {
        dialects = List.copyOf(dialects);
        locations = List.copyOf(locations);
    }

    /** The plan of {@code testClass}, empty when it carries no {@code @MigratedDatabase}. */
    static Optional<MigrationPlan> of(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, MigratedDatabase.class)
                .map(annotation -> new MigrationPlan(testClass,
                        List.copyOf(new LinkedHashSet<>(List.of(annotation.dialects()))),
                        List.of(annotation.locations()),
                        annotation.target().isBlank() ? null : annotation.target().strip(),
                        annotation.isolation()));
    }

    /** The dialects to run: the annotation's, in its order, that {@code enabled} (the configuration) allows. */
    List<Dialect> enabledDialects(Set<Dialect> enabled) {
        return dialects.stream().filter(enabled::contains).toList();
    }

    /**
     * The Flyway locations for {@code dialect}: the annotation's with the placeholder replaced, or by default
     * {@value #DEFAULT_LOCATION} plus {@value #COMMON_LOCATION} when that folder is on the class path.
     */
    List<String> locationsFor(Dialect dialect, ClassLoader classLoader) {
        List<String> result = new ArrayList<>();
        if (locations.isEmpty()) {
            result.add(DEFAULT_LOCATION);
            if (MigrationScan.exists(COMMON_LOCATION, classLoader)) {
                result.add(COMMON_LOCATION);
            }
        } else {
            result.addAll(locations);
        }
        return result.stream()
                .map(location -> location.replace(MigratedDatabase.DIALECT_PLACEHOLDER, dialect.id()))
                .toList();
    }

    /** The template key: databases migrated from the same locations to the same target share one template. */
    static String templateKey(List<String> locations, String target) {
        return String.join(",", locations) + " @ " + (target == null ? "latest" : target);
    }

    /** How messages name this plan, for example {@code @MigratedDatabase on OrderTest [postgresql]}. */
    String describe(Dialect dialect) {
        return "@MigratedDatabase on " + className(testClass) + " [" + dialect.id() + "]";
    }

    /** How messages name this plan without a dialect. */
    String describe() {
        return "@MigratedDatabase on " + className(testClass);
    }

    /** The dialects as a user writes them, for example {@code [sqlite, postgresql]}. */
    static String ids(List<Dialect> dialects) {
        return dialects.stream().map(Dialect::id).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String className(Class<?> type) {
        String name = type.getName();
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).replace('$', '.');
    }
}
