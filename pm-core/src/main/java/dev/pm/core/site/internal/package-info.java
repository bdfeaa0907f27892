/** How the site is planned, rendered with the theme's templates, and written atomically. Not API. */
package dev.pm.core.site.internal;
