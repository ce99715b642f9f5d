package org.rehabkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one-way dependencies of docs/design.md, checked on the compiled classes: cli and server use
 * query and graph; query uses graph; graph and query know nothing of the command line or the
 * server, and server nothing of cli.
 */
class PackageDependenciesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rehabkg");

    @Test
    void graphKnowsNothingOfQueriesCommandLineOrServer() {
        noClasses().that().resideInAPackage("org.rehabkg.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabkg.query..", "org.rehabkg.cli..",
                                                                    "org.rehabkg.server..")
                .check(MAIN);
    }

    @Test
    void queryKnowsNothingOfCommandLineOrServer() {
        noClasses().that().resideInAPackage("org.rehabkg.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabkg.cli..", "org.rehabkg.server..")
                .check(MAIN);
    }

    @Test
    void serverKnowsNothingOfCommandLine() {
        noClasses().that().resideInAPackage("org.rehabkg.server..")
                .should().dependOnClassesThat().resideInAPackage("org.rehabkg.cli..")
                .check(MAIN);
    }
}
