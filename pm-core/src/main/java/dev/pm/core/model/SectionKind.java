package dev.pm.core.model;

/** What a section of a postmortem is, as recognised from its heading. */
public enum SectionKind {
    REGRET, REASON, REMEDY,
    SUMMARY, TECHNICAL_ACCOUNT, DIAGNOSIS, CONTRIBUTING_FACTORS, TIMELINE, LESSONS,
    /** A section whose heading is none of the known ones; it is kept, in order. */
    OTHER
}
