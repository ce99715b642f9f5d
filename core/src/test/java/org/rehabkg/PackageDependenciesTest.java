package org.rehabkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The one-way dependencies of docs/design.md inside the library module, checked on its compiled
 * classes: api uses query and graph, query uses graph, graph uses neither; and the library uses
 * nothing of the server or the command line (Fuseki, Jetty, picocli, a logging provider), so a
 * program that depends on org.rehabkg:rehabkg gets none of them. That core/ cannot use server/ or
 * app/ classes at all is the module graph's job (Maven would not compile it).
 */
class PackageDependenciesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.rehabkg");

    @Test
    void theLibraryModuleHoldsTheLibraryPackages() {
        noClasses().should().resideOutsideOfPackages("org.rehabkg.graph..", "org.rehabkg.query..", "org.rehabkg.api..")
                .check(MAIN);
    }

    @Test
    void graphKnowsNothingOfQueriesOrTheApi() {
        noClasses().that().resideInAPackage("org.rehabkg.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rehabkg.query..", "org.rehabkg.api..")
                .check(MAIN);
    }

    @Test
    void namedQueriesKnowNothingOfTheApi() {
        noClasses().that().resideInAPackage("org.rehabkg.query..")
                .should().dependOnClassesThat().resideInAPackage("org.rehabkg.api..")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.rehabkg.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theLibraryUsesNoServerCommandLineOrLoggingProvider() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.jena.fuseki..", "org.eclipse.jetty..", "jakarta.servlet..", "picocli..",
                                    "org.slf4j.simple..", "ch.qos.logback..")
                .check(MAIN);
    }
}
