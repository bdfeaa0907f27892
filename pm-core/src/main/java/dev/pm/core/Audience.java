package dev.pm.core;

/** Who a build is for. */
public enum Audience {
    /** Readers outside the organisation: internal postmortems and sections are left out. */
    PUBLIC,
    /** The organisation itself: everything is included, internal parts marked. */
    INTERNAL
}
