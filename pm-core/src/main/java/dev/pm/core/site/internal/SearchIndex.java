package dev.pm.core.site.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.core.model.Archive;
import dev.pm.core.model.Postmortem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index, {@code search.json}: every postmortem of the build as a compact row, with tags, services and
 * severities named once in shared lists and referred to by position, so the file stays small.
 *
 * <pre>{"url": "postmortems/{}.html", "tags": [...], "services": [...], "severities": [...],
 *  "items": [[title, summary, slug, [tag...], [service...], severity, year], ...]}</pre>
 */
final class SearchIndex {

    private SearchIndex() {
    }

    static byte[] write(Archive archive) {
        List<String> tags = List.copyOf(archive.byTag().keySet());
        List<String> services = List.copyOf(archive.byService().keySet());
        List<String> severities = archive.bySeverity().keySet().stream().map(s -> s.label()).toList();
        List<List<Object>> items = new ArrayList<>();
        for (Postmortem p : archive.postmortems()) {
            items.add(List.of(p.title(), p.summary().orElse(""), p.slug(),
                    p.tags().stream().map(tags::indexOf).toList(),
                    p.services().stream().map(services::indexOf).toList(),
                    severities.indexOf(p.severity().label()),
                    p.incident().start().atZoneSameInstant(archive.zone()).getYear()));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("url", "postmortems/{}.html");
        index.put("tags", tags);
        index.put("services", services);
        index.put("severities", severities);
        index.put("items", items);
        try {
            return new ObjectMapper().writeValueAsBytes(index);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson could not write search.json", e);
        }
    }
}
