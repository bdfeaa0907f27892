package dev.pm.core.model;

/**
 * One contributing factor.
 *
 * @param text its plain text
 * @param html its HTML
 * @param line the 1-based source line
 */
public record Factor(String text, String html, int line) {
}
