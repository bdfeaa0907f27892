package dev.pm.core.site.internal;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code once} directive of one build: {@code <@once key=entry root=page.root>...</@once>} renders its
 * content the first time for a key (a record of the data model, compared by value) and a root at that place of
 * that template, and writes the same text every other time. Its content must depend on nothing but the key, the root and the theme's words.
 *
 * <p>Why: the bundled layout lists each postmortem's card on the home, tag, service, severity and year pages, the
 * same HTML on all of them but the first home page (which links from the site root), and rendering cards again was
 * a third of the render time of a large site.
 */
final class Fragments implements TemplateDirectiveModel {

    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    /** A record and root at one {@code <@once>} of one template: two blocks for the same record differ. */
    private record Key(Object value, String root, String template, int line, int column) {
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 2 || !(params.get("key") instanceof AdapterTemplateModel key)
                || !(params.get("root") instanceof TemplateScalarModel root) || body == null) {
            throw new TemplateModelException("once needs key=<a record> and root=<a string>, and content:"
                    + " <@once key=entry root=page.root>...</@once>");
        }
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        Key fragment = new Key(key.getAdaptedObject(Object.class), root.getAsString(),
                place.getTemplate().getSourceName(), place.getBeginLine(), place.getBeginColumn());
        String text = rendered.get(fragment);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            // Two pages may render the same card at once: both texts are the same, either may stay.
            rendered.putIfAbsent(fragment, text);
        }
        env.getOut().write(text);
    }
}
