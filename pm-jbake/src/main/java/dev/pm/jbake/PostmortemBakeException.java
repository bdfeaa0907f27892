package dev.pm.jbake;

/**
 * A postmortem broke pm's rules, or the site is set up so that postmortems cannot be published. Thrown from the
 * markup engine while JBake crawls the content, it stops the bake: JBake's crawler does not catch it, so the
 * jbake-maven-plugin fails the build ("Failure when running: ...") and the JBake command line exits with an
 * error, both with this message, which starts with {@code file:line:col}.
 */
public final class PostmortemBakeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PostmortemBakeException(String message) {
        super(message);
    }
}
