package dev.pm.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * pm refused to write where it was told to, because doing so would destroy files it did not write; nothing was
 * read, deleted or changed. An {@link IOException}, so every call that writes can report it, but callers should
 * catch it first and report {@link #refusal()} as a configuration problem rather than as a failing disk.
 */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public OutputRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /**
     * Why pm will not write to a folder.
     *
     * @param path the folder (or file) refused
     * @param message one sentence naming the parameter, the path, the reason and the way out
     */
    public record Refusal(Path path, String message) {

        public Refusal {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }
}
