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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code once} directive of one build: {@code <@once key=entry root=page.root>...</@once>} renders its
 * content the first time for a key (a record of the data model, compared by value) and a root at that place of
 * that template, and writes the same text every other time. Its content must depend on nothing but the key, the
 * root and the theme's words.
 *
 * <p>With {@code slot=...} (a string naming what the content shows, such as a postmortem's URL), the text is also
 * kept for the next build of the same site with the same templates and words (pm:serve, see {@link #next()}),
 * which writes it again where the same slot comes back with an equal key: a rebuild after one edit renders again
 * only the cards and remedy tracker groups that changed. A slot holds one text, its last, so that the texts kept
 * do not pile up as the author edits.
 *
 * <p>Why: the bundled layout lists each postmortem's card on the home, tag, service, severity and year pages, the
 * same HTML on all of them but the first home page (which links from the site root), and rendering cards again was
 * a third of the render time of a large site; the remedy tracker of the benchmark's 10,000 postmortems is one
 * 7 MB page, a quarter of the CPU of a pm:serve rebuild while it was rendered whole after every edit.
 */
final class Fragments implements TemplateDirectiveModel {

    private final Map<Key, String> rendered = new ConcurrentHashMap<>();
    /**
     * The slotted texts of this build, and of the builds before it where this one did not meet their slot; empty
     * for a single build, which has no next build to keep them for.
     */
    private final Optional<Map<Slot, Kept>> slots;
    /** How many slots {@link #next()} keeps at most; past that, only this build's. */
    private final int limit;

    /** The directive of a single build: slots are not kept. */
    Fragments() {
        this(Optional.empty(), 0);
    }

    private Fragments(Optional<Map<Slot, Kept>> slots, int limit) {
        this.slots = slots;
        this.limit = limit;
    }

    /** The directive of the first of builds of the same site, each keeping its slots for the next (pm:serve). */
    static Fragments forRebuilds() {
        return new Fragments(Optional.of(new ConcurrentHashMap<>()), 0);
    }

    /** A record and root at one {@code <@once>} of one template: two blocks for the same record differ. */
    private record Key(Object value, String root, String template, int line, int column) {
    }

    /** What a slotted block shows, at one {@code <@once>} of one template, with a root. */
    private record Slot(String name, String root, String template, int line, int column) {
    }

    /** A slot's last text, the key it was rendered for, and whether this build met the slot. */
    private record Kept(Key key, String text, boolean met) {
    }

    /**
     * The directive for the next build of the same site with the same templates and words. It writes again
     * the text of every slot this build or an earlier one rendered, where the key is still the same. The slots
     * this build did not meet (those of pages it did not render, and of a deleted postmortem's card) are all
     * dropped once the slots are more than twice as many as the most any build met: the next builds then render
     * their blocks again.
     */
    Fragments next() {
        Map<Slot, Kept> these = slots.orElseThrow(() -> new IllegalStateException("a single build has no next"));
        int met = (int) these.values().stream().filter(Kept::met).count();
        int nextLimit = Math.max(limit, 2 * met);
        Map<Slot, Kept> kept = new ConcurrentHashMap<>(these.size() * 2);
        these.forEach((slot, text) -> {
            if (text.met() || these.size() <= nextLimit) {
                kept.put(slot, new Kept(text.key(), text.text(), false));
            }
        });
        return new Fragments(Optional.of(kept), nextLimit);
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
            TemplateDirectiveBody body) throws TemplateException, IOException {
        int expected = params.containsKey("slot") ? 3 : 2;
        if (params.size() != expected || !(params.get("key") instanceof AdapterTemplateModel key)
                || !isText(params.get("root")) || body == null || expected == 3 && !isText(params.get("slot"))) {
            throw new TemplateModelException("once needs key=<a record> and root=<a string>, optionally"
                    + " slot=<a string>, and content: <@once key=entry root=page.root>...</@once>");
        }
        TemplateScalarModel root = (TemplateScalarModel) params.get("root");
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        String template = place.getTemplate().getSourceName();
        Key fragment = new Key(key.getAdaptedObject(Object.class), root.getAsString(), template,
                place.getBeginLine(), place.getBeginColumn());
        String text = rendered.get(fragment);
        if (text == null) {
            // The first block of this build with this key: it looks in the slot, or renders, and notes the slot.
            Optional<String> name = expected == 3
                    ? Optional.of(((TemplateScalarModel) params.get("slot")).getAsString()) : Optional.empty();
            Optional<Slot> slot = slots.flatMap(ignored -> name.map(n -> new Slot(n, fragment.root(), template,
                    fragment.line(), fragment.column())));
            Optional<String> kept = slot.map(s -> slots.get().get(s)).filter(before -> before.key().equals(fragment))
                    .map(Kept::text);
            text = kept.isPresent() ? kept.get() : render(body);
            // Two pages may render the same card at once: both texts are the same, either may stay.
            rendered.putIfAbsent(fragment, text);
            String written = text;
            slot.ifPresent(s -> slots.get().put(s, new Kept(fragment, written, true)));
        }
        env.getOut().write(text);
    }

    private static String render(TemplateDirectiveBody body) throws TemplateException, IOException {
        StringWriter out = new StringWriter();
        body.render(out);
        return out.toString();
    }

    /**
     * Whether {@code value} is a text. A value the data model wraps (a record, or a bean such as an enum) passes
     * FreeMarker's test for a text too, reading as its wrapper's words, so {@code root=page} would make every
     * page's root the same words and share texts across roots.
     */
    private static boolean isText(Object value) {
        return value instanceof TemplateScalarModel && !(value instanceof AdapterTemplateModel);
    }
}
