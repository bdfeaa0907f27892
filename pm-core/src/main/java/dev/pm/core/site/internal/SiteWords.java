package dev.pm.core.site.internal;

import dev.pm.core.site.SectionHtml;

/**
 * The words of a site's language, its theme's first, loaded once per engine: every build's page views take them
 * from here instead of reading and checking the theme's message files again, as pm:serve rebuilds for each edit.
 *
 * @param messages the site's messages
 * @param sections status words and action item details for section HTML, in the same language
 */
record SiteWords(Messages messages, SectionHtml sections) {
}
