package dev.pm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class ShortRunCompilationTest {

    /** What {@code jcmd <pid> Compiler.directives_print} prints for this JVM. */
    private static String directives() throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}).toString();
    }

    private static int directiveCount(String printed) {
        return printed.split("Directive:", -1).length - 1;
    }

    @Test
    void aShortRunKeepsC2OutAndGivesItBackWhenItEnds() throws Exception {
        int before = directiveCount(directives());

        try (ShortRunCompilation run = ShortRunCompilation.begin()) {
            assertThat(run.applied()).as("this test runs on HotSpot").isTrue();
            String during = directives();
            assertThat(directiveCount(during)).isEqualTo(before + 1);
            assertThat(during).containsPattern("c2 directives:\\s+inline: -\\s+Enable:true Exclude:true");
        }

        assertThat(directiveCount(directives())).isEqualTo(before);
    }

    @Test
    void overlappingRunsAddTheDirectiveOnceAndTheLastToEndRemovesIt() throws Exception {
        int before = directiveCount(directives());

        ShortRunCompilation first = ShortRunCompilation.begin();
        ShortRunCompilation second = ShortRunCompilation.begin();
        // The directive is added on a thread of its own: applied() waits for it.
        assertThat(first.applied()).isTrue();
        assertThat(second.applied()).isTrue();
        assertThat(directiveCount(directives())).isEqualTo(before + 1);
        first.close();
        first.close();
        assertThat(directiveCount(directives())).as("the second run still holds it").isEqualTo(before + 1);
        second.close();

        assertThat(directiveCount(directives())).isEqualTo(before);
    }

    @Test
    void noneLeavesTheCompilersAlone() throws Exception {
        int before = directiveCount(directives());

        try (ShortRunCompilation run = ShortRunCompilation.none()) {
            assertThat(run.applied()).isFalse();
            assertThat(directiveCount(directives())).isEqualTo(before);
        }

        assertThat(directiveCount(directives())).isEqualTo(before);
    }
}
