/**
 * Rendering: the static site from the model. {@link dev.pm.core.site.SiteGenerator} renders an archive;
 * {@link dev.pm.core.site.SitePublisher} reads, checks and renders in one call, as {@code pm:site} does.
 */
package dev.pm.core.site;
