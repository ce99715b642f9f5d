package org.rehabkg.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The server module's side of docs/design.md: it builds on the library and knows nothing of the
 * command line (options and their parsing belong to app/), so another program can embed the
 * endpoint without picocli.
 */
class ServerDependenciesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rehabkg.server");

    @Test
    void serverKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAPackage("org.rehabkg.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabkg.cli..", "picocli..")
                .check(MAIN);
    }
}
