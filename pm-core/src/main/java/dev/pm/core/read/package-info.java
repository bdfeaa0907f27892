/**
 * Reading: source files into the model. {@link dev.pm.core.read.PostmortemReader} reads a folder in parallel and
 * returns a {@link dev.pm.core.read.ReadResult}; problems are diagnostics, never exceptions, each of a
 * {@link dev.pm.core.read.ReadRule}. A
 * {@link dev.pm.core.read.FileCheck} judges each file as it is read, with the author's words
 * ({@link dev.pm.core.read.Prose}) and the front-matter key positions ({@link dev.pm.core.read.SourceText}).
 */
package dev.pm.core.read;
