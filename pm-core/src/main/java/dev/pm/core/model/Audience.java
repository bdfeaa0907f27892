package dev.pm.core.model;

/** Who a build is for. */
public enum Audience {
    /** Readers outside the organisation: internal postmortems and sections are left out. */
    PUBLIC,
    /** The organisation itself: everything is included, internal parts marked. */
    INTERNAL;

    /**
     * Reads {@code public} or {@code internal}, in any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Audience parse(String text) {
        for (Audience known : values()) {
            if (text != null && known.name().equalsIgnoreCase(text.strip())) {
                return known;
            }
        }
        throw new IllegalArgumentException("audience '" + text + "' is neither public nor internal");
    }
}
