/** The rules themselves, one class each, and their phrase lists. Not API. */
package dev.pm.core.check.internal;
