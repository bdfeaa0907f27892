package dev.pm.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of pm-core, enforced: one package per stage (read, check, site, preview) with its implementation in
 * an {@code internal} package only that stage uses, a model that depends on nothing, and no package cycles.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.pm.core");

    @ParameterizedTest
    @ValueSource(strings = {"read", "check", "site"})
    void aStagesInternalsAreUsedByThatStageOnly(String stage) {
        String stagePackage = "dev.pm.core." + stage;
        noClasses().that().resideOutsideOfPackage(stagePackage + "..")
                .should().dependOnClassesThat().resideInAPackage(stagePackage + ".internal..")
                .because("another stage must go through " + stagePackage + "'s API")
                .check(CORE);
    }

    @Test
    void theModelDependsOnNothingElseInPm() {
        noClasses().that().resideInAPackage("dev.pm.core.model..")
                .should().dependOnClassesThat(resideOutsideOfPackages("dev.pm.core.model..", "java.."))
                .because("the records are what every stage shares; they know no stage and no library")
                .check(CORE);
    }

    @Test
    void theApiExposesNoLibraryTypes() {
        noClasses().that().resideInAnyPackage("dev.pm.core", "dev.pm.core.model", "dev.pm.core.read",
                "dev.pm.core.check", "dev.pm.core.site", "dev.pm.core.preview")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "freemarker..",
                        "org.yaml.snakeyaml..", "com.rometools..")
                .because("the libraries are an implementation detail of the stages' internal packages")
                .check(CORE);
    }

    /**
     * A stage's API and its own internal package work as one (the API calls the implementation, which returns
     * the API's values), so cycles are forbidden between stages, with the shared root package and the shared
     * helpers each counted as one.
     */
    @Test
    void stagesHaveNoCycles() {
        slices().assignedFrom(STAGES).should().beFreeOfCycles().check(CORE);
    }

    /** The stage a class belongs to: {@code dev.pm.core.read.internal.X} to {@code read}, the root to {@code core}. */
    private static final SliceAssignment STAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("dev.pm.core")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.equals("dev.pm.core") ? "core" : name.substring("dev.pm.core.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "pm-core's stages";
        }
    };
}
