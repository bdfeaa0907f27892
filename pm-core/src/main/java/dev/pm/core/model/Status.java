package dev.pm.core.model;

/** Whether a postmortem is ready for readers. */
public enum Status {
    /** Work in progress: left out of every page unless drafts are asked for. */
    DRAFT,
    /** Ready for readers. */
    PUBLISHED
}
