<#ftl output_format="HTML">
<#-- pm's page frame inside a JBake site, styled by pm's theme CSS (written to <pm.output>/pm.css). -->
<#assign pmOut = (config.pm_output)!"postmortems">
<#assign siteTitle = (config.pm_site_title)!"Postmortems">
<#macro frame title>
<!DOCTYPE html>
<html lang="${(config.pm_language)!"en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${siteTitle}</title>
<link rel="stylesheet" href="${content.rootpath}${pmOut}/pm.css">
<link rel="alternate" type="application/atom+xml" title="${siteTitle}" href="${content.rootpath}${pmOut}/feed.xml">
</head>
<body>
<a class="skip" href="#pm_main">Skip to content</a>
<header class="site-header">
<div class="wrap">
<p class="site-title"><a href="${content.rootpath}${pmOut}/index.html">${siteTitle}</a></p>
<nav aria-label="Site">
<ul>
<li><a href="${content.rootpath}index.html">Home</a></li>
<li><a href="${content.rootpath}${pmOut}/index.html">Postmortems</a></li>
<li><a href="${content.rootpath}${pmOut}/feed.xml">Feed</a></li>
</ul>
</nav>
</div>
</header>
<main id="pm_main" class="wrap">
<#nested>
</main>
</body>
</html>
</#macro>
<#macro entries postmortems>
<ol class="entries">
<#list postmortems as p>
<li class="entry">
<h3><a href="${content.rootpath}${p.uri}">${p.title}</a></h3>
<p class="meta"><span class="severity sev-${p.pm_severity_rank}">${p.pm_severity}</span>
<time datetime="${p.pm_published}">${p.pm_published}</time><#if p.pm_time_to_resolve??> · resolved in ${p.pm_time_to_resolve}</#if>
<#if p.pm_services?has_content> · ${p.pm_services?join(", ")}</#if></p>
<#if p.pm_summary??><p>${p.pm_summary}</p></#if>
</li>
</#list>
</ol>
</#macro>
