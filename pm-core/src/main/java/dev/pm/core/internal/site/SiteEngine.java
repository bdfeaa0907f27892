package dev.pm.core.internal.site;

import dev.pm.core.Archive;
import dev.pm.core.Audience;
import dev.pm.core.Diagnostic;
import dev.pm.core.Progress;
import dev.pm.core.SiteResult;
import dev.pm.core.SiteSettings;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** Plans, renders (in parallel) and writes the site. */
public final class SiteEngine {

    private final SiteSettings settings;
    private final Templates templates;

    public SiteEngine(SiteSettings settings) throws IOException {
        this.settings = settings;
        this.templates = new Templates(settings.themeDirectory(), settings.locale());
    }

    /** The outcome of rendering one page: its bytes, or the problem that stopped it. */
    private record Rendered(Page page, Optional<byte[]> content, Optional<Diagnostic> problem) {
    }

    public SiteResult generate(Archive archive, Path output, Progress progress) throws IOException {
        Archive visible = archive.select(settings.audience(), settings.includeDrafts());
        Archive published = archive.select(Audience.PUBLIC, false);
        List<Feeds.Feed> feeds = settings.baseUrl().isPresent() ? Feeds.plan(settings, published) : List.of();
        List<Page> pages = new ArrayList<>(new SitePlanner(settings, visible, feeds).plan());
        List<Page> feedItems = feedItemPages(feeds, published);
        long total = pages.size() + feedItems.size();
        AtomicLong done = new AtomicLong();
        Function<Page, Rendered> counted = page -> {
            Rendered result = render(page);
            progress.update("rendering", done.incrementAndGet(), total);
            return result;
        };
        List<Rendered> rendered = pages.parallelStream().map(counted).toList();
        List<Rendered> itemContent = feedItems.parallelStream().map(counted).toList();
        List<Diagnostic> problems = new ArrayList<>();
        rendered.forEach(r -> r.problem().ifPresent(problems::add));
        itemContent.forEach(r -> r.problem().ifPresent(problems::add));
        if (!problems.isEmpty()) {
            problems.sort(Diagnostic.ORDER);
            return new SiteResult(output, 0, 0, problems, List.of());
        }
        Map<String, String> contentBySlug = new HashMap<>();
        itemContent.forEach(r -> contentBySlug.put(r.page().path(), new String(r.content().orElseThrow(),
                StandardCharsets.UTF_8).strip()));
        List<String> notices = new ArrayList<>();
        Map<String, byte[]> feedFiles = Map.of();
        if (feeds.isEmpty()) {
            notices.add("no feeds written: set baseUrl (pm.baseUrl), because feed items need absolute, stable links");
        } else {
            feedFiles = new Feeds(settings, p -> contentBySlug.get(p.slug())).write(feeds);
        }
        SiteWriter writer = new SiteWriter(output);
        try {
            Map<String, byte[]> files = Assets.collect(settings.themeDirectory());
            for (Rendered r : rendered) {
                files.put(r.page().path(), r.content().orElseThrow());
            }
            files.putAll(feedFiles);
            files.put("search.json", SearchIndex.write(visible));
            files.entrySet().parallelStream().forEach(file -> {
                try {
                    writer.write(file.getKey(), file.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            return new SiteResult(output, files.size(), feedFiles.size(), List.of(), notices);
        } catch (IOException e) {
            writer.abandon();
            throw e;
        } catch (UncheckedIOException e) {
            writer.abandon();
            throw e.getCause();
        }
    }

    /** One rendering of {@code feed-item.ftlh} per postmortem in any feed; the page path is the slug. */
    private List<Page> feedItemPages(List<Feeds.Feed> feeds, Archive published) {
        if (feeds.isEmpty()) {
            return List.of();
        }
        Views views = new Views(settings, published);
        return published.postmortems().stream().map(p -> {
            Map<String, Object> model = new java.util.LinkedHashMap<>();
            model.put("postmortem", views.full(p));
            model.put("site", views.site());
            return new Page(p.slug(), "feed-item.ftlh", model, Optional.of(p.source()));
        }).toList();
    }

    private Rendered render(Page page) {
        try {
            String html = templates.render(page.template(), page.model());
            return new Rendered(page, Optional.of(html.getBytes(StandardCharsets.UTF_8)), Optional.empty());
        } catch (TemplateException e) {
            return failed(page, e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getMessageWithoutStackTop());
        } catch (ParseException e) {
            return failed(page, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (IOException e) {
            return failed(page, page.template(), null, null, e.getMessage());
        }
    }

    private Rendered failed(Page page, String template, Integer line, Integer column, String message) {
        String where = (template == null ? page.template() : template)
                + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
        Path file = page.source().orElse(Path.of(template == null ? page.template() : template));
        String firstLine = message == null ? "template error" : message.strip().lines().findFirst().orElse("");
        Diagnostic problem = Diagnostic.error(file, page.source().isPresent() ? 1 : nullToZero(line),
                page.source().isPresent() ? 1 : nullToZero(column), "template", "template " + where
                        + " failed while rendering " + page.path() + ": " + firstLine
                        + "; fix the template (or remove the override in the theme folder)");
        return new Rendered(page, Optional.empty(), Optional.of(problem));
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
