package dev.pm.bench;

import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a JBake site through JBake's own {@code Oven}, as {@code jbake -b} does, without the command-line
 * front end. Exits with 1 when JBake reports errors.
 *
 * <p>Usage: {@code RunJBake <source folder> <output folder>}
 */
public final class RunJBake {

    private RunJBake() {
    }

    public static void main(String[] args) throws Exception {
        JBakeConfiguration configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(configuration);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(error -> System.err.println("jbake: " + error.getMessage()));
            System.exit(1);
        }
    }
}
