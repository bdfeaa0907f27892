package dev.pm.core.model;

/**
 * The apology section.
 *
 * @param section the section itself
 * @param firstParagraph the plain text of its first paragraph, or an empty string when it has none
 */
public record Regret(Section section, String firstParagraph) {
}
