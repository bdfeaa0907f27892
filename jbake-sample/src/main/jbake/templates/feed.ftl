<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>Quillfeather Mail engineering</title>
<link>${config.site_host}</link>
<description>Posts from the Quillfeather Mail engineering team</description>
<#list published_posts as post>
<item>
<title>${post.title?xml}</title>
<link>${config.site_host}/${post.uri}</link>
<pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
<description>${post.body?xml}</description>
</item>
</#list>
</channel>
</rss>
