<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tag: ${tag}</title></head>
<body>
<h1>Tag: ${tag}</h1>
<ol>
<#list tag_posts as post>
<li><a href="${content.rootpath}${post.uri}">${post.title}</a> ${post.date?string("d MMMM yyyy")}</li>
</#list>
</ol>
</body></html>
