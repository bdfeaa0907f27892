/** Small helpers every stage's implementation shares: diagnostics collection, slugs, suggestions. Not API. */
package dev.pm.core.internal;
