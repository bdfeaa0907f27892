package dev.pm.core.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How templates see the {@link TemplateModel} records: components as variables, absent ones as missing. */
class TemplateModelTest {

    @TempDir
    Path theme;

    private static final TemplateModel.Site SITE = new TemplateModel.Site("Status", "Our incidents", "en", "Acme",
            null, "UTC", false, false, 3, null, java.util.List.of());

    private String render(String template, Record model) throws IOException, TemplateException {
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/probe.ftlh"), template);
        return new Templates(Optional.of(theme), Locale.ENGLISH, Messages.load(Locale.ENGLISH, Optional.empty())).render("probe.ftlh", model);
    }

    @Test
    void aTemplateReadsARecordsComponentsByName() throws Exception {
        TemplateModel.PageInfo page = new TemplateModel.PageInfo("postmortems/db.html", "../", "Database <down>",
                "https://status.example.com/postmortems/db.html", null);

        String html = render("${page.title} ${page.root}${page.path} ${site.postmortemCount} ${site.internal?c}",
                new TemplateModel.PlainPage(page, SITE));

        assertThat(html).isEqualTo("Database &lt;down&gt; ../postmortems/db.html 3 false");
    }

    @Test
    void aNullComponentIsMissingAsAnAbsentKeyWas() throws Exception {
        TemplateModel.PageInfo page = new TemplateModel.PageInfo("index.html", "", "Home", null, null);

        String html = render("<#if page.canonical??>canonical<#else>none</#if> ${site.baseUrl!'-'}"
                + " <#if site.feeds??>feeds</#if>[${(page.feeds.rss)!}]", new TemplateModel.PlainPage(page, SITE));

        assertThat(html).isEqualTo("none - []");
    }

    @Test
    void aTemplateSeesNothingOfARecordButItsComponents() throws Exception {
        TemplateModel.PageInfo page = new TemplateModel.PageInfo("index.html", "", "Home", null, null);

        String html = render("<#if page.class??>class</#if><#if page.hashCode??>hashCode</#if>"
                + "<#if page.toString??>toString</#if><#if page.title??>title</#if>",
                new TemplateModel.PlainPage(page, SITE));

        assertThat(html).isEqualTo("title");
        assertThat(render("${page}", new TemplateModel.PlainPage(page, SITE))).doesNotContain("index.html", "Home");
    }

    @Test
    void msgIsReadInEveryTemplateAndAMacroAndARecordListsItsComponents() throws Exception {
        TemplateModel.PageInfo page = new TemplateModel.PageInfo("index.html", "", "Home", null, null);

        String html = render("<#macro m>${msg.nav_latest}</#macro>${msg.skip} <@m/> ${msg('count_postmortems', 2)}"
                + " ${page?keys?join(',')}", new TemplateModel.PlainPage(page, SITE));

        assertThat(html).isEqualTo("Skip to content Latest 2 postmortems path,root,title,canonical,feeds");
    }
}
