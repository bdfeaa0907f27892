package dev.pm.core.site.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, built once per run: pinned version, HTML auto-escaping, errors rethrown (never
 * logged), computer number format, fixed locale and time zone, no access to Java classes from templates. A
 * theme folder's {@code templates/} overrides the bundled templates file by file.
 */
final class Templates {

    static final String BUNDLED = "/dev/pm/theme/templates";

    private final Configuration configuration;
    private final RecordWrapper wrapper = new RecordWrapper();
    private final Messages messages;
    /**
     * Each thread's page buffer, used again for its next page: a new one for every page was a twentieth of all
     * that a build of 10,000 postmortems allocated, with its growth for the pages above its first size.
     */
    private final ThreadLocal<PageBuffer> buffers = ThreadLocal.withInitial(PageBuffer::new);

    Templates(Optional<Path> themeDirectory, Locale locale, Messages messages) throws IOException {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (themeDirectory.isPresent() && Files.isDirectory(themeDirectory.get().resolve("templates"))) {
            loaders.add(new FileTemplateLoader(themeDirectory.get().resolve("templates").toFile()));
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUNDLED));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setLocale(locale);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setObjectWrapper(wrapper);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // A template error's column counts a tab as one, as every column pm reports does (FreeMarker's own: 8).
        c.setTabSize(1);
        configuration = c;
        this.messages = messages;
    }

    /**
     * Renders a template; thread-safe, as FreeMarker's configuration and templates are.
     *
     * @param model one of the {@link TemplateModel} page records
     */
    String render(String template, Record model) throws IOException, TemplateException {
        return render(template, model, new Fragments());
    }

    /**
     * Renders as {@link #render(String, Record)} does, with the {@code once} directive of a build, which writes
     * again what it rendered for other pages of the build.
     */
    String render(String template, Record model, Fragments once) throws IOException, TemplateException {
        PageBuffer out = buffers.get();
        if (out.inUse) {
            out = new PageBuffer();
        }
        out.inUse = true;
        try {
            configuration.getTemplate(template).process(new PageRoot(wrapper.model(model), messages, once), out);
            return out.toString();
        } finally {
            out.clear();
        }
    }

    /**
     * A page's variables: its record's components, {@code msg}, the theme's words, and {@code once}, the build's
     * {@link Fragments}. FreeMarker looks a variable that no template assigned up in the root before the
     * configuration's shared variables, so that {@code msg} as a shared variable was first a miss on the page's
     * record at each of its many reads.
     */
    private record PageRoot(TemplateHashModelEx page, Messages msg, Fragments once) implements TemplateHashModelEx {

        private static final String MSG = "msg";
        private static final String ONCE = "once";

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            return MSG.equals(key) ? msg : ONCE.equals(key) ? once : page.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return page.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return page.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return page.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return page.values();
        }
    }

    /**
     * The text of one page: a {@link java.io.StringWriter} without the lock that its {@link StringBuffer} takes
     * at every one of a page's thousands of writes, and sized for most pages (10 to 16 KiB) so that it seldom
     * grows. A thread uses its buffer again for its next page; one that grew past {@link #KEPT} characters for a
     * large listing (twice as many bytes once a page held a character beyond Latin-1) is dropped after it, so that
     * a rebuilding preview keeps no listing's megabytes per thread.
     */
    private static final class PageBuffer extends Writer {

        private static final int FIRST = 16 * 1024;
        private static final int KEPT = 256 * 1024;

        private StringBuilder text = new StringBuilder(FIRST);
        /** Whether a page is being rendered into it; a page rendered meanwhile on the same thread takes another. */
        private boolean inUse;

        void clear() {
            inUse = false;
            if (text.capacity() > KEPT) {
                text = new StringBuilder(FIRST);
            } else {
                text.setLength(0);
            }
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
