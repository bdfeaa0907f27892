package dev.pm.core.site.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One file of the site to render.
 *
 * @param path where it goes, relative to the site root, always made of safe segments
 * @param template the template that renders it
 * @param model makes the data the template receives, one of the {@link TemplateModel} page records; called once,
 *     when the page is rendered, so that a large site never holds every page's data at once
 * @param source the postmortem it shows, named in error messages
 */
record Page(String path, String template, Supplier<Record> model, Optional<Path> source) {
}
