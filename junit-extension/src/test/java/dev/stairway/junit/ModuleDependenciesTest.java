package dev.stairway.junit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.stairway.fixtures.Databases;
import dev.stairway.verifier.FlywayMigrations;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: fixtures <- verifier <- junit-extension, and only junit-extension touches JUnit.
 * The extension uses the verifier's API only, never its engine.
 */
class ModuleDependenciesTest {

    /**
     * The verifier's API packages: entry points and failures, history values, reports, schema snapshots, measured
     * locks.
     */
    private static final String[] VERIFIER_API = {"dev.stairway.verifier", "dev.stairway.verifier.history",
        "dev.stairway.verifier.report", "dev.stairway.verifier.schema", "dev.stairway.verifier.locks"};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stairway.fixtures", "dev.stairway.verifier", "dev.stairway.junit");

    @Test
    void the_production_classes_of_all_three_modules_are_imported() {
        assertThat(PRODUCTION.contain(Databases.class)).isTrue();
        assertThat(PRODUCTION.contain(FlywayMigrations.class)).isTrue();
        assertThat(PRODUCTION.contain(MigratedDatabase.class)).isTrue();
        assertThat(PRODUCTION.contain(ModuleDependenciesTest.class)).isFalse();
    }

    @Test
    void fixtures_knows_nothing_of_the_verifier_the_extension_flyway_or_junit() {
        noClasses().that().resideInAPackage("dev.stairway.fixtures..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.stairway.verifier..", "dev.stairway.junit..", "org.flywaydb..", "org.junit..")
                .check(PRODUCTION);
    }

    @Test
    void the_verifier_knows_nothing_of_the_extension_or_junit() {
        noClasses().that().resideInAPackage("dev.stairway.verifier..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stairway.junit..", "org.junit..")
                .check(PRODUCTION);
    }

    @Test
    void the_extension_uses_only_the_verifiers_api_and_never_flyway() {
        noClasses().that().resideInAPackage("dev.stairway.junit..")
                .should().dependOnClassesThat(resideInAPackage("dev.stairway.verifier..")
                        .and(not(resideInAnyPackage(VERIFIER_API))).as("the verifier's engine packages"))
                .orShould().dependOnClassesThat().resideInAPackage("org.flywaydb..")
                .check(PRODUCTION);
    }

    @Test
    void a_junit_users_test_class_path_does_not_get_the_command_line_parser() {
        // GIVEN this module's test class path: what a user's build gets from stairway-junit (and the verifier)

        // WHEN looking for picocli, which only the stairway command line uses
        ClassLoader loader = ModuleDependenciesTest.class.getClassLoader();

        // THEN it is absent: the verifier declares it optional
        assertThat(loader.getResource("picocli/CommandLine.class")).isNull();
        assertThat(loader.getResource("dev/stairway/verifier/Stairway.class")).isNotNull();
    }

    @Test
    void the_catalog_readers_are_used_by_the_verifier_alone() {
        noClasses().that().resideOutsideOfPackage("dev.stairway.verifier..")
                .should().dependOnClassesThat().resideInAPackage("dev.stairway.verifier.catalog..")
                .check(PRODUCTION);
    }

    @Test
    void only_one_verifier_class_reads_flyways_internal_exceptions() {
        noClasses().that().resideInAPackage("dev.stairway.verifier..")
                .and().doNotHaveFullyQualifiedName("dev.stairway.verifier.flyway.ScriptFailures")
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb.core.internal..")
                .check(PRODUCTION);
    }
}
