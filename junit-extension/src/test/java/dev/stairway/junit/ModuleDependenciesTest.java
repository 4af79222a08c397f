package dev.stairway.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.stairway.fixtures.Databases;
import dev.stairway.verifier.FlywayMigrations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: fixtures <- verifier <- junit-extension, and only junit-extension touches JUnit. */
class ModuleDependenciesTest {

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
}
