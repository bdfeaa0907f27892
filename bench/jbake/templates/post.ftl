<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<article>
<h1>${content.title}</h1>
<p>${content.date?string("d MMMM yyyy")}</p>
<p>Tags: <#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p>
${content.body}
</article>
</body></html>
