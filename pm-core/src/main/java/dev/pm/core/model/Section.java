package dev.pm.core.model;

/**
 * One section of a postmortem's body.
 *
 * @param kind what the heading was recognised as
 * @param title the heading's text as written
 * @param id the heading's id on the page: the one written with {@code {#...}}, or else the one made from its words,
 *        numbered with the ids of the headings inside the sections in the file's order (as GitHub numbers them), so
 *        that a link written for the file reaches the heading; empty for a section without a heading
 * @param html the section's content rendered to HTML, without the heading; what only a page can write (a task's
 *        status word, an action item's details) is left to {@code dev.pm.core.site.SectionHtml}, so a page shows
 *        this HTML through it
 * @param line the 1-based line of the heading in the source file
 * @param internal whether the heading was marked {@code {.internal}}
 */
public record Section(SectionKind kind, String title, String id, String html, int line, boolean internal) {
}
