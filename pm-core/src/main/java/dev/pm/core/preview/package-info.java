/** Previewing while writing: a loopback HTTP server and a watcher of the source and theme folders. */
package dev.pm.core.preview;
