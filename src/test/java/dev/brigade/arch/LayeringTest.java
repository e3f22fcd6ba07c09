package dev.brigade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.brigade.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copy engine stays plain Java: the desktop app and the command line sit on it, never in it. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() throws Exception {
        Path compiled = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        classes = new ClassFileImporter().importPath(compiled);
        assertTrue(classes.contain("dev.brigade.core.JobRunner"), "the core was imported from " + compiled);
    }

    @Test
    void coreImportsNoJavaFx() {
        noClasses().that().resideInAPackage("dev.brigade.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfItsUsers() {
        noClasses().that().resideInAPackage("dev.brigade.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.brigade.cli..", "dev.brigade.ui..", "picocli..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("dev.brigade.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.brigade.ui..")
                .check(classes);
    }
}
