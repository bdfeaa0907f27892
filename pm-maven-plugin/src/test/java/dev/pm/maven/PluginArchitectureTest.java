package dev.pm.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin is a thin layer over pm-core's public API: it maps parameters to one core call per goal. */
class PluginArchitectureTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.pm.maven");

    @Test
    void theGoalsUseOnlyTheCoreApi() {
        noClasses().that().resideInAPackage("dev.pm.maven..")
                .should().dependOnClassesThat().resideInAPackage("dev.pm.core..internal..")
                .because("pm-core's internal packages may change in any release; ask for what you need in its API")
                .check(PLUGIN);
    }

    @Test
    void theGoalsUseNoParsingOrTemplateLibraryDirectly() {
        noClasses().that().resideInAPackage("dev.pm.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "freemarker..",
                        "org.yaml.snakeyaml..", "com.rometools..")
                .because("reading and rendering belong to pm-core")
                .check(PLUGIN);
    }
}
