<#ftl output_format="plainText">
User-agent: *
<#if site.internal>
Disallow: /
<#else>
Allow: /
</#if>
<#if site.baseUrl??>
Sitemap: ${site.baseUrl}/sitemap.xml
</#if>
