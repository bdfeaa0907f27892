/** How reading works: front matter (YAML or JBake headers), the Markdown body, times. Not API. */
package dev.pm.core.read.internal;
