/**
 * Rendering: the static site from the model. {@link dev.pm.core.site.SiteGenerator} renders an archive;
 * {@link dev.pm.core.site.SitePublisher} reads, checks and renders in one call, as {@code pm:site} does;
 * {@link dev.pm.core.site.MessageBundle} fills in translated words by the theme's rules, for any front end.
 */
package dev.pm.core.site;
