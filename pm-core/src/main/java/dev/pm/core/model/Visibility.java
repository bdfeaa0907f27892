package dev.pm.core.model;

/** Who may read a postmortem. */
public enum Visibility {
    /** Everyone: included in public builds. */
    PUBLIC,
    /** Only the organisation: included only in internal builds. */
    INTERNAL
}
