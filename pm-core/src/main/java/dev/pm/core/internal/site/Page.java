package dev.pm.core.internal.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One file of the site to render.
 *
 * @param path where it goes, relative to the site root, always made of safe segments
 * @param template the template that renders it
 * @param model the data the template receives
 * @param source the postmortem it shows, named in error messages
 */
record Page(String path, String template, Map<String, Object> model, Optional<Path> source) {
}
