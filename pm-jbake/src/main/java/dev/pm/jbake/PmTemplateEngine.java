package dev.pm.jbake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's FreeMarker engine, able to read pm's templates from pm-jbake's jar. Registered for the extension
 * {@code .pmftl}: {@code template.postmortem.file=pm/postmortem.pmftl} renders {@code pm/postmortem.ftl}, taken
 * from the site's templates folder when it has one, else from the jar. The template sees the same model as with
 * JBake's own {@code .ftl} engine (it is JBake's {@link FreemarkerTemplateEngine.LazyLoadingModel}), so the same
 * files work when copied into the templates folder and named with {@code .ftl}.
 */
public class PmTemplateEngine extends AbstractTemplateEngine {

    static final String JAR_FOLDER = "dev/pm/jbake/templates";

    private final Configuration freemarker;

    public PmTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        TemplateLoader jar = new ClassTemplateLoader(PmTemplateEngine.class.getClassLoader(), JAR_FOLDER);
        try {
            freemarker.setTemplateLoader(config.getTemplateFolder() != null && config.getTemplateFolder().isDirectory()
                    ? new MultiTemplateLoader(new TemplateLoader[] {
                        new FileTemplateLoader(config.getTemplateFolder()), jar})
                    : jar);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the templates folder " + config.getTemplateFolder(), e);
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        String name = templateName.endsWith(".pmftl")
                ? templateName.substring(0, templateName.length() - ".pmftl".length()) + ".ftl"
                : templateName;
        try {
            Template template = freemarker.getTemplate(name);
            template.process(new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, db,
                    config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
