package dev.pm.core.site.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed items of the last build, kept by an engine that rebuilds (pm:serve): an item whose model equals the
 * last one's is taken again instead of rendered, as a page whose model is unchanged is not written again. Every
 * rebuild otherwise rendered each postmortem that some feed holds, most of a preview's rendering.
 */
final class FeedItemMemory {

    private record Item(Record model, String html) {
    }

    private volatile Map<String, Item> items = Map.of();

    /** One build's use of the memory: what it takes again and what it renders, kept by {@link #keep()}. */
    final class Build {
        private final Map<String, Item> before = items;
        private final Map<String, Record> models = new ConcurrentHashMap<>();
        private final Map<String, Item> now = new ConcurrentHashMap<>();

        /** Whether the last build rendered the item at {@code path} from an equal model; called before rendering. */
        boolean unchanged(String path, Record model) {
            Item last = before.get(path);
            if (last != null && last.model().equals(model)) {
                now.put(path, last);
                return true;
            }
            models.put(path, model);
            return false;
        }

        /** The item's HTML from the last build, when {@link #unchanged} said so. */
        Optional<String> html(String path) {
            return Optional.ofNullable(now.get(path)).map(Item::html);
        }

        /** An item rendered in this build. */
        void rendered(String path, String html) {
            Record model = models.get(path);
            if (model != null) {
                now.put(path, new Item(model, html));
            }
        }

        /** Keeps this build's items, and only them, for the next build. */
        void keep() {
            items = Map.copyOf(now);
        }
    }
}
