<#ftl output_format="HTML">
<#-- pm's listings: content.pm_listing is "year" (the index, with every tag and service), "tag" or "service". -->
<#import "layout.ftl" as l>
<@l.frame content.title>
<h1>${content.title}</h1>
<#if content.pm_listing == "year">
<#if content.pm_all_tags?has_content><p class="meta">Tags: <#list content.pm_all_tags as t><a href="${t.uri}">${t.name}</a> (${t.count})<#sep>, </#list></p></#if>
<#if content.pm_all_services?has_content><p class="meta">Services: <#list content.pm_all_services as s><a href="${s.uri}">${s.name}</a> (${s.count})<#sep>, </#list></p></#if>
</#if>
<#list content.pm_groups as g>
<section class="year">
<h2 id="y${g.name}">${g.name}</h2>
<@l.entries g.postmortems/>
</section>
<#else>
<p>No postmortems published yet.</p>
</#list>
</@l.frame>
