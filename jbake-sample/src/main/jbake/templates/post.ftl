<#include "header.ftl">
<article>
<h1>${content.title}</h1>
<p class="date">${content.date?string("d MMMM yyyy")}<#if content.tags?has_content> · ${content.tags?join(", ")}</#if></p>
${content.body}
</article>
<#include "footer.ftl">
