package dev.pm.jbake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The pages pm adds to a JBake site next to each postmortem's own page, registered as a JBake
 * {@link RenderingTool} (JBake's Oven runs every one it finds through {@code ServiceLoader}): in the folder
 * {@code pm.output} (default {@code postmortems/}) the listing by year ({@code index.html}), one page per tag
 * ({@code tags/<tag>.html}) and per service ({@code services/<service>.html}), an Atom feed ({@code feed.xml}),
 * and pm's theme CSS ({@code pm.css}). Only published, public postmortems are listed: the engine never hands
 * JBake a draft or an internal one.
 *
 * <p>Listings are documents of type {@code pmlisting} ({@code content.pm_listing} is {@code year}, {@code tag} or
 * {@code service}), the feed one of type {@code pmfeed}. Their templates default to the jar's
 * ({@code pm/listing.pmftl}, {@code pm/feed.pmftl}); a site that copies them sets {@code template.pmlisting.file}
 * and {@code template.pmfeed.file} itself.
 */
public class PostmortemPages implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!DocumentTypes.contains(PostmortemModel.TYPE)) {
            return 0;
        }
        PmSettings settings = PmSettings.of(config);
        defaultTemplate(config, "pmlisting", "pm/listing.pmftl");
        defaultTemplate(config, "pmfeed", "pm/feed.pmftl");
        if (config.get("template.pmfeed.extension") == null) {
            config.setProperty("template.pmfeed.extension", ".xml");
        }
        List<DocumentModel> all = new ArrayList<>(db.getPublishedContent(PostmortemModel.TYPE));
        all.sort(Comparator.comparing((DocumentModel d) -> (String) d.get("pm_published")).reversed()
                .thenComparing(DocumentModel::getTitle));
        String out = settings.output();
        int rendered = 0;
        try {
            Map<String, List<DocumentModel>> byYear = group(all, "pm_year", false);
            Map<String, List<DocumentModel>> byTag = group(all, "tags", true);
            Map<String, List<DocumentModel>> byService = group(all, "pm_services", true);
            List<Map<String, Object>> tags = index(byTag, "tags/");
            List<Map<String, Object>> services = index(byService, "services/");

            DocumentModel home = listing(out + "/index.html", "Postmortems", "year", "", groups(byYear));
            home.put("pm_all_tags", tags);
            home.put("pm_all_services", services);
            renderer.render(home);
            rendered++;
            for (Map.Entry<String, List<DocumentModel>> tag : byTag.entrySet()) {
                renderer.render(listing(out + "/tags/" + fileName(tag.getKey()) + ".html",
                        "Postmortems tagged " + tag.getKey(), "tag", tag.getKey(),
                        groups(group(tag.getValue(), "pm_year", false))));
                rendered++;
            }
            for (Map.Entry<String, List<DocumentModel>> service : byService.entrySet()) {
                renderer.render(listing(out + "/services/" + fileName(service.getKey()) + ".html",
                        "Postmortems about " + service.getKey(), "service", service.getKey(),
                        groups(group(service.getValue(), "pm_year", false))));
                rendered++;
            }
            DocumentModel feed = page("pmfeed", out + "/feed.xml", "Postmortems");
            feed.put("pm_postmortems", all);
            feed.put("pm_updated", all.isEmpty() ? "1970-01-01" : all.get(0).get("pm_published"));
            renderer.render(feed);
            rendered++;
            if (settings.themeCss()) {
                copyCss(config.getDestinationFolder().toPath().resolve(out).resolve("pm.css"));
            }
        } catch (Exception e) {
            throw new RenderingException("pm: the postmortem listings could not be rendered: " + e.getMessage(), e);
        }
        return rendered;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
            CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(templatesPath.getParentFile(), config));
    }

    private static void defaultTemplate(JBakeConfiguration config, String type, String template) {
        if (config.get("template." + type + ".file") == null) {
            config.setProperty("template." + type + ".file", template);
        }
    }

    private static DocumentModel listing(String uri, String title, String kind, String key,
            List<Map<String, Object>> groups) {
        DocumentModel page = page("pmlisting", uri, title);
        page.put("pm_listing", kind);
        page.put("pm_key", key);
        page.put("pm_groups", groups);
        return page;
    }

    private static DocumentModel page(String type, String uri, String title) {
        DocumentModel page = DocumentModel.createDefaultDocumentModel();
        page.setType(type);
        page.setStatus("published");
        page.setTitle(title);
        page.put("uri", uri);
        page.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        return page;
    }

    /** Groups by a key's value, or by each of a list's values; years newest first, names alphabetically. */
    private static Map<String, List<DocumentModel>> group(List<DocumentModel> docs, String key, boolean many) {
        Map<String, List<DocumentModel>> groups = new TreeMap<>(many ? Comparator.naturalOrder()
                : Comparator.<String>reverseOrder());
        for (DocumentModel doc : docs) {
            Object value = doc.get(key);
            List<String> names = new ArrayList<>();
            if (value instanceof String[] array) {
                names.addAll(List.of(array));
            } else if (value instanceof Iterable<?> list) {
                list.forEach(v -> names.add(String.valueOf(v)));
            } else if (value != null) {
                names.add(value.toString());
            }
            for (String name : names) {
                groups.computeIfAbsent(name, n -> new ArrayList<>()).add(doc);
            }
        }
        return groups;
    }

    private static List<Map<String, Object>> groups(Map<String, List<DocumentModel>> grouped) {
        List<Map<String, Object>> result = new ArrayList<>();
        grouped.forEach((name, docs) -> result.add(Map.of("name", name, "postmortems", docs)));
        return result;
    }

    private static List<Map<String, Object>> index(Map<String, List<DocumentModel>> grouped, String folder) {
        List<Map<String, Object>> result = new ArrayList<>();
        grouped.forEach((name, docs) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("count", docs.size());
            entry.put("uri", folder + fileName(name) + ".html");
            result.add(entry);
        });
        return result;
    }

    static String fileName(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "-" : safe;
    }

    private static void copyCss(Path target) throws IOException {
        try (InputStream css = PostmortemPages.class.getResourceAsStream("/dev/pm/theme/static/assets/pm.css")) {
            if (css == null) {
                throw new IOException("pm-core's theme CSS (dev/pm/theme/static/assets/pm.css) is not on the class path");
            }
            Files.createDirectories(target.getParent());
            Files.copy(css, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
