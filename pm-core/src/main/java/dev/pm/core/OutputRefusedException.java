package dev.pm.core;

import java.io.IOException;
import java.util.Objects;

/**
 * pm refused to write where it was told to, because doing so would destroy files it did not write; nothing was
 * read, deleted or changed. An {@link IOException}, so every call that writes can report it, but callers should
 * catch it first and report {@link #refusal()} as a configuration problem rather than as a failing disk.
 */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient OutputFolder.Refusal refusal;

    public OutputRefusedException(OutputFolder.Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").message());
        this.refusal = refusal;
    }

    public OutputFolder.Refusal refusal() {
        return refusal;
    }
}
