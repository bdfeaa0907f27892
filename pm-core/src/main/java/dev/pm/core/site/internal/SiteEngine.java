package dev.pm.core.site.internal;

import dev.pm.core.Diagnostic;
import dev.pm.core.OutputRefusedException;
import dev.pm.core.Progress;
import dev.pm.core.internal.Problems;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Audience;
import dev.pm.core.model.Postmortem;
import dev.pm.core.read.ReadRule;
import dev.pm.core.site.OutputFolder;
import dev.pm.core.site.SiteResult;
import dev.pm.core.site.SectionHtml;
import dev.pm.core.site.SiteSettings;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

/** Plans, renders (in parallel) and writes the site. */
public final class SiteEngine {

    private final SiteSettings settings;
    private final Messages messages;
    /** The messages and section words every build's page views use. */
    private final SiteWords words;
    private final Templates templates;
    /**
     * The search index of the last build, kept when this engine rebuilds (pm:serve): a rebuild indexes only the
     * postmortems that changed. A single build does without: what the memory keeps of 10,000 postmortems would stay
     * alive through the rendering of every page, and the JVM would grow its heap for it.
     */
    private final Optional<SearchIndex.Memory> searchMemory;
    /** The postmortem views of the last build, kept when this engine rebuilds (pm:serve). */
    private final Optional<Views.Memory> viewMemory;
    /** The same for the views of feed items, whose links are absolute. */
    private final Optional<Views.Memory> feedViewMemory;
    /**
     * The {@code once} directive for the next build, holding the texts of the builds before, when this engine
     * rebuilds (pm:serve); empty when each build starts afresh. Builds of one engine run one after the other.
     */
    private Optional<Fragments> nextOnce;
    /** The feed items of the last build: a rebuild renders again only those whose model changed. */
    private final FeedItemMemory feedItemMemory = new FeedItemMemory();
    /** The last archive's selections, for the build that asked for its unpublished links first. */
    private volatile Shown lastShown;

    public SiteEngine(SiteSettings settings) throws IOException {
        this(settings, false);
    }

    /**
     * @param rebuilds whether this engine builds the same archive again and again (pm:serve): it then keeps the
     *     postmortem views of each build for the next, which makes again only those whose postmortems changed
     */
    public SiteEngine(SiteSettings settings, boolean rebuilds) throws IOException {
        this.viewMemory = rebuilds ? Optional.of(new Views.Memory()) : Optional.empty();
        this.feedViewMemory = rebuilds ? Optional.of(new Views.Memory()) : Optional.empty();
        this.searchMemory = rebuilds ? Optional.of(new SearchIndex.Memory()) : Optional.empty();
        this.nextOnce = rebuilds ? Optional.of(Fragments.forRebuilds()) : Optional.empty();
        try {
            this.messages = Messages.load(settings.locale(), settings.themeDirectory());
            this.words = new SiteWords(messages, SectionHtml.of(messages.bundle()));
        } catch (UncheckedIOException e) {
            // a theme messages file that cannot be read: the caller names the theme, as for its templates
            throw e.getCause();
        }
        this.settings = withThemeDefaults(settings, messages);
        this.templates = new Templates(settings.themeDirectory(), settings.locale(), messages);
    }

    /** The settings with a blank title or description replaced by the theme's, in the site's language. */
    private static SiteSettings withThemeDefaults(SiteSettings s, Messages messages) {
        String title = s.title().isBlank() ? messages.text("site_title") : s.title();
        String description = s.description().isBlank() ? messages.text("site_description") : s.description();
        return new SiteSettings(title, description, s.baseUrl(), s.context(), s.organisation(), s.pageSize(),
                s.dateFormat(), s.ticketUrlPattern(), s.audience(), s.includeDrafts(), s.themeDirectory(),
                s.feedSize());
    }

    /**
     * The {@code unpublished-link} warnings a build of {@code archive} gives: known before anything is rendered,
     * so that a publisher can count them in its verdict.
     */
    public List<Diagnostic> unpublishedLinks(Archive archive) {
        return shown(archive).unpublishedLinks();
    }

    /**
     * What a build of {@code source} shows, and the links it leaves without a target.
     *
     * @param visible what this build's audience sees, in the site's zone
     * @param published what the public sees, for the feeds
     */
    private record Shown(Archive source, Archive visible, Archive published,
            List<Diagnostic> unpublishedLinks) {
    }

    /**
     * What a build shows, worked out once per archive: a publisher asks for the unpublished links before it
     * generates the same archive, and each selection re-indexes every postmortem.
     */
    private Shown shown(Archive archive) {
        Shown last = lastShown;
        if (last != null && last.source() == archive) {
            return last;
        }
        Archive local = archive.inZone(settings.zone());
        Archive visible = local.select(settings.audience(), settings.includeDrafts());
        Shown shown = new Shown(archive, visible, local.select(Audience.PUBLIC, false),
                UnpublishedLinks.find(local, visible, settings.audience(), settings.includeDrafts()));
        lastShown = shown;
        return shown;
    }

    /** The outcome of rendering one page: its bytes, or the problem that stopped it. */
    private record Rendered(Page page, Optional<byte[]> content, Optional<Diagnostic> problem) {
    }

    /**
     * Renders every page in parallel straight into the staging folder, so that no more than a few pages are held
     * in memory at once; the staging folder replaces the output only when every page rendered. The output folder
     * is checked, with this engine's theme, before anything is read or written.
     *
     * @throws OutputRefusedException when writing to the output folder would destroy files pm did not write
     */
    public SiteResult generate(Archive archive, OutputFolder folder, Progress progress) throws IOException {
        return generate(archive, folder, progress, SiteWriter::new);
    }

    /**
     * Generates as {@link #generate(Archive, OutputFolder, Progress)} does, into the sink {@code sinks} opens: a
     * page the sink reports {@link SiteSink#unchanged unchanged} is neither rendered nor written.
     */
    public SiteResult generate(Archive archive, OutputFolder folder, Progress progress, SiteSink.Factory sinks)
            throws IOException {
        OutputFolder checked = folder.withTheme(settings.themeDirectory());
        checked.requireSafe();
        Path output = folder.path();
        if (!messages.problems().isEmpty()) {
            // As for a template error: the theme's words as written would lose values or stop the rendering.
            return new SiteResult(output, 0, 0, messages.problems(), List.of());
        }
        // Years are counted in the site's zone, whatever zone the archive was read in, so that a year page and
        // the month sections on it agree.
        Shown shown = shown(archive);
        Archive visible = shown.visible();
        Archive published = shown.published();
        List<Diagnostic> warnings = shown.unpublishedLinks();
        List<Feeds.Feed> feeds = settings.baseUrl().isPresent() ? Feeds.plan(settings, published, messages) : List.of();
        SitePlanner planner = new SitePlanner(settings, words, visible, feeds, viewMemory);
        List<Page> pages = planner.plan();
        Optional<Views> feedViews = feeds.isEmpty() ? Optional.empty()
                : Optional.of(new Views(settings, words, published, true, feedViewMemory));
        List<Page> feedItems = feedViews.map(views -> feedItemPages(feeds, views)).orElse(List.of());
        long total = pages.size() + feedItems.size();
        AtomicLong done = new AtomicLong();
        Queue<Diagnostic> problems = new ConcurrentLinkedQueue<>();
        Map<String, String> contentBySlug = new ConcurrentHashMap<>();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Map<String, byte[]> assets = Assets.collect(settings.themeDirectory());
        // A public build searches the public archive only, drafts included or not: no draft's words and no
        // internal section's reach the index a reader downloads.
        Map<String, byte[]> searchFiles = SearchIndex.files(settings.audience() == Audience.PUBLIC ? published
                : visible, searchMemory.orElseGet(SearchIndex.Memory::new));
        Map<String, Path> bundleFiles = bundleFiles(visible);
        Set<String> fixed = new java.util.TreeSet<>(assets.keySet());
        fixed.addAll(bundleFiles.keySet());
        refuseKeptPaths(checked, fixed, pages, feeds, searchFiles.keySet());
        SiteSink writer = sinks.open(checked);
        try {
            for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
                writer.write(asset.getKey(), asset.getValue());
                written.add(asset.getKey());
            }
            for (Map.Entry<String, Path> file : bundleFiles.entrySet()) {
                writer.write(file.getKey(), java.nio.file.Files.readAllBytes(file.getValue()));
                written.add(file.getKey());
            }
            for (Map.Entry<String, byte[]> file : searchFiles.entrySet()) {
                writer.write(file.getKey(), file.getValue());
                written.add(file.getKey());
            }
            // Written before the pages are rendered, so that the index's files (each postmortem's text among
            // them) need not stay in memory meanwhile.
            searchFiles = Map.of();
            Fragments once = nextOnce.orElseGet(Fragments::new);
            pages.parallelStream().forEach(page -> {
                Rendered rendered = render(page, writer::unchanged, once);
                progress.update("rendering", done.incrementAndGet(), total);
                rendered.problem().ifPresentOrElse(problems::add, () -> {
                    // No content: the sink has this page as it would be rendered.
                    rendered.content().ifPresent(content -> write(writer, page.path(), content));
                    written.add(page.path());
                });
            });
            planner.remember();
            FeedItemMemory.Build items = feedItemMemory.new Build();
            feedItems.parallelStream().forEach(page -> {
                Rendered rendered = render(page, items::unchanged, once);
                progress.update("rendering", done.incrementAndGet(), total);
                rendered.problem().ifPresentOrElse(problems::add, () -> {
                    String html = rendered.content().map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip())
                            .orElseGet(() -> items.html(page.path()).orElseThrow());
                    items.rendered(page.path(), html);
                    contentBySlug.put(page.path(), html);
                });
            });
            items.keep();
            nextOnce = nextOnce.map(Fragments::next);
            feedViews.ifPresent(Views::remember);
            if (!problems.isEmpty()) {
                writer.abandon();
                List<Diagnostic> sorted = new ArrayList<>(problems);
                sorted.addAll(warnings);
                sorted.sort(Diagnostic.ORDER);
                return new SiteResult(output, 0, 0, sorted, List.of());
            }
            List<String> notices = new ArrayList<>();
            Map<String, byte[]> feedFiles = Map.of();
            if (feeds.isEmpty()) {
                notices.add("no feeds written: set baseUrl (pm.baseUrl), because feed items need absolute, stable"
                        + " links");
            } else {
                feedFiles = writeFeeds(feeds, contentBySlug, writer);
            }
            for (Map.Entry<String, byte[]> feed : feedFiles.entrySet()) {
                if (feed.getValue() != null) {
                    writer.write(feed.getKey(), feed.getValue());
                }
                written.add(feed.getKey());
            }
            writer.commit();
            return new SiteResult(output, written.size(), feedFiles.size(), warnings, notices);
        } catch (IOException e) {
            writer.abandon();
            throw e;
        } catch (UncheckedIOException e) {
            writer.abandon();
            throw e.getCause();
        }
    }

    /**
     * Refuses, before anything is written, a {@code keep} entry that matches a file this build generates: the kept
     * file would hide the page, or the page the kept file.
     */
    private static void refuseKeptPaths(OutputFolder folder, Set<String> assets, List<Page> pages,
            List<Feeds.Feed> feeds, Set<String> searchFiles) throws OutputRefusedException {
        if (folder.keep().isEmpty()) {
            return;
        }
        List<String> generated = new ArrayList<>(assets);
        pages.forEach(page -> generated.add(page.path()));
        for (Feeds.Feed feed : feeds) {
            generated.add(feed.rssPath());
            generated.add(feed.atomPath());
        }
        if (!feeds.isEmpty()) {
            generated.add(FeedFormat.JSON.archiveFile());
        }
        generated.addAll(searchFiles);
        for (String path : generated) {
            Optional<String> entry = folder.keptBy(path);
            if (entry.isPresent()) {
                Path target = folder.realPath();
                throw new OutputRefusedException(new OutputRefusedException.Refusal(target.resolve(path), "keep"
                        + " (pm.keep)"
                        + " entry '" + entry.get() + "' matches " + path + ", which pm generates: make the entry"
                        + " match only your own files; the site in " + target + " was left as it was"));
            }
        }
    }

    /** The files published with the pages of {@code archive}, by their site path. */
    private static Map<String, Path> bundleFiles(Archive archive) {
        Map<String, Path> files = new java.util.TreeMap<>();
        for (Postmortem p : archive.postmortems()) {
            p.bundle().files().forEach((inBundle, file) -> files.put(SitePaths.bundleFile(p.slug(), inBundle, false),
                    file));
        }
        return files;
    }

    private static void write(SiteSink writer, String path, byte[] content) {
        try {
            writer.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every feed's files, the JSON Feed with the first's; a feed the sink already has as it would be written, its
     * items and their content unchanged, has its paths mapped to null.
     */
    private Map<String, byte[]> writeFeeds(List<Feeds.Feed> feeds, Map<String, String> contentBySlug, SiteSink sink) {
        Feeds writing = new Feeds(settings, p -> contentBySlug.get(p.slug()));
        List<Map<String, byte[]>> written = java.util.stream.IntStream.range(0, feeds.size()).parallel()
                .mapToObj(i -> {
                    Feeds.Feed feed = feeds.get(i);
                    boolean json = i == 0;
                    List<Postmortem> items = feed.postmortems().stream().limit(settings.feedSize()).toList();
                    List<Object> inputs = List.of(feed.title(), feed.pagePath(), feed.rssPath(), feed.atomPath(),
                            items, items.stream().map(p -> contentBySlug.get(p.slug())).toList(), json);
                    return sink.reuse(inputs, () -> writing.write(feed, json));
                }).toList();
        Map<String, byte[]> files = new LinkedHashMap<>();
        written.forEach(files::putAll);
        return files;
    }

    /** One rendering of {@code feed-item.ftlh} per postmortem that some feed holds; the page path is the slug. */
    private List<Page> feedItemPages(List<Feeds.Feed> feeds, Views views) {
        Map<String, Postmortem> inFeeds = new LinkedHashMap<>();
        for (Feeds.Feed feed : feeds) {
            feed.postmortems().stream().limit(settings.feedSize()).forEach(p -> inFeeds.putIfAbsent(p.slug(), p));
        }
        return inFeeds.values().stream().map(p -> new Page(p.slug(), "feed-item.ftlh",
                () -> new TemplateModel.FeedItemPage(views.full(p), views.site()), Optional.of(p.source()))).toList();
    }

    /**
     * Renders one page, unless {@code unchanged} says the output has it as it would be rendered (as
     * {@link SiteSink#unchanged} does): then without content.
     *
     * @param once the build's {@code once} directive, shared by all its pages
     */
    private Rendered render(Page page, BiPredicate<String, Record> unchanged, Fragments once) {
        try {
            Record model = page.model().get();
            if (unchanged.test(page.path(), model)) {
                return new Rendered(page, Optional.empty(), Optional.empty());
            }
            String html = templates.render(page.template(), model, once);
            return new Rendered(page, Optional.of(html.getBytes(StandardCharsets.UTF_8)), Optional.empty());
        } catch (TemplateException e) {
            // A template the page's template imports ("layout.ftlh") that does not parse: its line, not the import's.
            return parseError(e).map(parse -> failed(page, parse)).orElseGet(() -> failed(page,
                    e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), withInterpretedError(e)));
        } catch (IOException e) {
            // A template that did not parse fails again for each page that uses it, and FreeMarker then throws
            // "error loading the template on an earlier attempt" with the parse error as its cause.
            return parseError(e).map(parse -> failed(page, parse))
                    .orElseGet(() -> failed(page, page.template(), null, null, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // The boundary around one page: a bug in pm, Flexmark or FreeMarker (a RuntimeException, or a stack
            // overflow in a deeply recursive template) fails this page as one diagnostic naming its postmortem,
            // and the other pages still render, so every problem is reported together and the build fails
            // cleanly without publishing. Other Errors, such as OutOfMemoryError, concern the whole JVM and pass.
            Path file = page.source().orElse(Path.of(page.template()));
            return new Rendered(page, Optional.empty(), Optional.of(Problems.internalError(file, e,
                    "rendering " + page.path() + " from")));
        }
    }

    /** The parse error of a template behind {@code e}; not of a string {@code ?interpret} read, reported where used. */
    private static Optional<ParseException> parseError(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.getTemplateName() != null
                    && !parse.getTemplateName().contains("->")) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /**
     * The message, its first line followed by the parse error of a string read with {@code ?interpret}, which
     * FreeMarker gives on the lines after "Template parsing with "?interpret" has failed with this error:".
     */
    private static String withInterpretedError(TemplateException e) {
        String first = e.getMessageWithoutStackTop().strip().lines().findFirst().orElse("");
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return first + " " + parse.getEditorMessage().strip().lines().findFirst().orElse("");
            }
        }
        return e.getMessageWithoutStackTop();
    }

    private Rendered failed(Page page, ParseException parse) {
        return failed(page, parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber(),
                parse.getEditorMessage());
    }

    private Rendered failed(Page page, String template, Integer line, Integer column, String message) {
        String where = (template == null ? page.template() : template)
                + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
        Path file = page.source().orElse(Path.of(template == null ? page.template() : template));
        String firstLine = message == null ? "template error" : message.strip().lines().findFirst().orElse("");
        Diagnostic problem = ReadRule.TEMPLATE.diagnostic(file, page.source().isPresent() ? 1 : nullToZero(line),
                page.source().isPresent() ? 1 : nullToZero(column), "template " + where
                        + " failed while rendering " + page.path() + ": " + firstLine
                        + "; fix the template (or remove the override in the theme folder)");
        return new Rendered(page, Optional.empty(), Optional.of(problem));
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
