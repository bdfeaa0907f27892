package dev.pm.core.site.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * The FreeMarker configuration, built once per run: pinned version, HTML auto-escaping, errors rethrown (never
 * logged), computer number format, fixed locale and time zone, no access to Java classes from templates. A
 * theme folder's {@code templates/} overrides the bundled templates file by file.
 */
final class Templates {

    static final String BUNDLED = "/dev/pm/theme/templates";

    private final Configuration configuration;

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
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Templates read a record's components as properties, as they read the keys of the maps they once
        // received; as properties only, so that a component is a plain value, never also a callable method.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setMemberAccessPolicy(new RecordComponentsOnly(DefaultMemberAccessPolicy.getInstance(
                Configuration.VERSION_2_3_34)));
        c.setObjectWrapper(wrapper.build());
        // Every template reads the theme's words as msg.key or msg("key", values...).
        c.setSharedVariable("msg", messages);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration = c;
    }

    /**
     * Renders a template; thread-safe, as FreeMarker's configuration and templates are.
     *
     * @param model one of the {@link TemplateModel} page records
     */
    String render(String template, Record model) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        configuration.getTemplate(template).process(model, out);
        return out.toString();
    }

    /**
     * Shows templates a record's components and nothing else of it ({@code class}, {@code hashCode},
     * {@code toString}), so that the theme contract is the documented components, as it was the keys of a map.
     * Other classes keep FreeMarker's default policy.
     */
    private record RecordComponentsOnly(MemberAccessPolicy fallback) implements MemberAccessPolicy {

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            if (!contextClass.isRecord()) {
                return fallback.forClass(contextClass);
            }
            Set<Method> accessors = Arrays.stream(contextClass.getRecordComponents())
                    .map(RecordComponent::getAccessor).collect(Collectors.toUnmodifiableSet());
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return accessors.contains(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }
}
