package dev.pm.jbake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** pm-jbake shows postmortems as pm-core's public API gives them, never by knowing how pm-core works inside. */
class JBakeArchitectureTest {

    private static final JavaClasses JBAKE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.pm.jbake");

    @Test
    void pmJBakeUsesOnlyTheCoreApi() {
        noClasses().that().resideInAPackage("dev.pm.jbake..")
                .should().dependOnClassesThat().resideInAPackage("dev.pm.core..internal..")
                .because("pm-core's internal packages may change in any release (that pm-jbake leaves the marks in"
                        + " HTML to SectionHtml, PostmortemModelTest checks)")
                .check(JBAKE);
    }
}
