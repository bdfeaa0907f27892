package dev.pm.core.model;

import java.time.OffsetDateTime;

/**
 * One entry of the timeline.
 *
 * @param at when it happened
 * @param html what happened, rendered to HTML without the leading time; for a row of a timeline table, its cells
 *     from the time's on, each without the time, joined with {@code " | "}
 * @param line the 1-based source line
 */
public record TimelineEntry(OffsetDateTime at, String html, int line) {
}
