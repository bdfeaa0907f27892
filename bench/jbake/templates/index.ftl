<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Incident history</title></head>
<body>
<h1>Incident history</h1>
<ol>
<#list published_posts as post>
<li><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
<p>${post.date?string("d MMMM yyyy")}</p></li>
</#list>
</ol>
<#if nextFileName??><a href="${content.rootpath}${nextFileName}">Older</a></#if>
</body></html>
