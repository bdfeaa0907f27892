package dev.pm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What pm:serve tells the writer, in the log and the browser, when a rebuild fails other than on the archive. */
class ServeMojoTest {

    @Test
    void runningOutOfHeapAdvisesMoreHeapAndOtherMemoryOnlyARestart() {
        assertThat(ServeMojo.unexpected(new OutOfMemoryError("Java heap space")))
                .contains("ran out of memory (Java heap space)", "-Xmx2g in .mvn/jvm.config", "next change tries again");
        assertThat(ServeMojo.unexpected(new OutOfMemoryError("GC overhead limit exceeded"))).contains("-Xmx2g");
        assertThat(ServeMojo.unexpected(new OutOfMemoryError("Metaspace")))
                .isEqualTo("the rebuild ran out of memory (Metaspace): restart pm:serve");
    }

    @Test
    void classesReplacedUnderTheServerAskForARestart() {
        assertThat(ServeMojo.unexpected(new NoClassDefFoundError("dev/pm/core/site/internal/Views")))
                .contains("pm's classes changed while pm:serve ran", "dev/pm/core/site/internal/Views",
                        "restart pm:serve");
    }

    @Test
    void aStaticInitialiserThatFailedIsABugNotReplacedClasses() {
        assertThat(ServeMojo.unexpected(new ExceptionInInitializerError(new IllegalStateException("boom"))))
                .contains("failed unexpectedly", "report it").doesNotContain("classes changed");
        assertThat(ServeMojo.unexpected(new NoClassDefFoundError("Could not initialize class dev.pm.core.X")))
                .contains("failed unexpectedly", "report it").doesNotContain("classes changed");
    }

    @Test
    void anErrorOtherThanMemoryOrClassesIsABugToReport() {
        assertThat(ServeMojo.unexpected(new StackOverflowError())).contains("failed unexpectedly", "report it");
    }

    @Test
    void anyOtherFailureIsABugToReportWithItsException() {
        assertThat(ServeMojo.unexpected(new IllegalStateException("boom")))
                .contains("failed unexpectedly (java.lang.IllegalStateException: boom)", "-X", "report it");
    }
}
