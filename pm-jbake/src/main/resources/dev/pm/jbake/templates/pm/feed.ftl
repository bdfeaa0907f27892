<#ftl output_format="XML">
<#-- Atom feed of the published public postmortems, newest first. -->
<#assign base = ((config.site_host)!"")?remove_ending("/")>
<#assign pmOut = (config.pm_output)!"postmortems">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${(config.pm_site_title)!"Postmortems"}</title>
<id>${base}/${pmOut}/feed.xml</id>
<link rel="self" href="${base}/${pmOut}/feed.xml"/>
<link rel="alternate" href="${base}/${pmOut}/index.html"/>
<updated>${content.pm_updated}T00:00:00Z</updated>
<#list content.pm_postmortems as p>
<entry>
<title>${p.title}</title>
<id>${base}/${p.uri}</id>
<link rel="alternate" href="${base}/${p.uri}"/>
<published>${p.pm_published}T00:00:00Z</published>
<updated>${(p.pm_updated)!p.pm_published}T00:00:00Z</updated>
<#list p.tags as t><category term="${t}"/></#list>
<#if p.pm_summary??><summary>${p.pm_summary}</summary></#if>
<content type="html">${p.body}</content>
</entry>
</#list>
</feed>
