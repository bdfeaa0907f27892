<#include "header.ftl">
<h1>Latest posts</h1>
<ul>
<#list published_posts as post>
<li><a href="${post.uri}">${post.title}</a> (${post.date?string("yyyy-MM-dd")})</li>
</#list>
</ul>
<#include "footer.ftl">
