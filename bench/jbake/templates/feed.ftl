<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>Incident history</title>
<link>${config.site_host}</link>
<description>Incident history</description>
<#list published_posts as post>
<#if post?index &lt; 50>
<item>
<title>${post.title?xml}</title>
<link>${config.site_host}/${post.uri}</link>
<guid>${config.site_host}/${post.uri}</guid>
<pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
<description>${post.body?xml}</description>
</item>
</#if>
</#list>
</channel>
</rss>
