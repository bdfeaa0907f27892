<#ftl output_format="HTML">
<#-- One postmortem: document type "postmortem", model keys documented in pm-jbake's PostmortemModel. The three R's
     are shown as written: pm_reason holds the timeline with its times marked, pm_remedy the action items where the
     author wrote them, with their status, owner and dates; pm_actions and pm_timeline are the same as data. -->
<#if !(content.pm_slug??)><#stop "pm: " + ((content.file)!"a postmortem") + " was read by JBake's own Markdown engine, not pm's: name the file *.pmd (pm-jbake reads only .pmd files) and make sure pm-jbake is on JBake's class path"></#if>
<#import "layout.ftl" as l>
<#assign p = content>
<@l.frame p.title>
<article class="postmortem">
<header>
<h1>${p.title}</h1>
<p class="meta"><span class="severity sev-${p.pm_severity_rank}">${p.pm_severity}</span></p>
<#if p.pm_summary??><p class="lede">${p.pm_summary}</p></#if>
</header>
<dl class="facts">
<div><dt>Severity</dt><dd>${p.pm_severity}</dd></div>
<div><dt>Incident</dt><dd><time datetime="${p.pm_incident_start}">${p.pm_incident_start_text}</time><#if p.pm_incident_resolved??> to <time datetime="${p.pm_incident_resolved}">${p.pm_incident_resolved_text}</time></#if> (${(config.pm_timezone)!"UTC"})</dd></div>
<#if p.pm_time_to_detect??><div><dt>Time to detect</dt><dd><time datetime="${p.pm_time_to_detect_iso}">${p.pm_time_to_detect}</time></dd></div></#if>
<#if p.pm_time_to_mitigate??><div><dt>Time to mitigate</dt><dd><time datetime="${p.pm_time_to_mitigate_iso}">${p.pm_time_to_mitigate}</time></dd></div></#if>
<#if p.pm_time_to_resolve??><div><dt>Time to resolve</dt><dd><time datetime="${p.pm_time_to_resolve_iso}">${p.pm_time_to_resolve}</time></dd></div></#if>
<#if p.pm_impact??><div><dt>Impact</dt><dd>${p.pm_impact}</dd></div></#if>
<#if p.pm_services?has_content><div><dt>Services</dt><dd><#list p.pm_services as s><a href="${content.rootpath}${l.pmOut}/services/${s}.html">${s}</a><#sep>, </#list></dd></div></#if>
<#if p.tags?has_content><div><dt>Tags</dt><dd><#list p.tags as t><a href="${content.rootpath}${l.pmOut}/tags/${t}.html">${t}</a><#sep>, </#list></dd></div></#if>
<#if p.pm_authors?has_content><div><dt>Authors</dt><dd>${p.pm_authors?join(", ")}</dd></div></#if>
<div><dt>Published</dt><dd><time datetime="${p.pm_published}">${p.pm_published}</time><#if p.pm_updated??>, updated <time datetime="${p.pm_updated}">${p.pm_updated}</time></#if></dd></div>
<#if p.pm_actions?has_content><div><dt>Action items</dt><dd>${p.pm_actions_done} done, ${p.pm_actions_open} open</dd></div></#if>
</dl>
<#if p.pm_regret??><section class="part part-regret"><h2<#if p.pm_regret_id?has_content> id="${p.pm_regret_id}"</#if>>${p.pm_regret_title}</h2>
${p.pm_regret?no_esc}</section></#if>
<#if p.pm_reason??><section class="part part-reason"><h2<#if p.pm_reason_id?has_content> id="${p.pm_reason_id}"</#if>>${p.pm_reason_title}</h2>
${p.pm_reason?no_esc}</section></#if>
<#if p.pm_remedy??><section class="part part-remedy"><h2<#if p.pm_remedy_id?has_content> id="${p.pm_remedy_id}"</#if>>${p.pm_remedy_title}</h2>
${p.pm_remedy?no_esc}
</section></#if>
${((p.pm_other)!"")?no_esc}
</article>
</@l.frame>
