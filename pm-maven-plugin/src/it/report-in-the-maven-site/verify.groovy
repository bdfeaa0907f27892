def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('it does not contain any report goals')

def page = new File(basedir, 'target/site/postmortems-report.html')
assert page.isFile() : "no $page"
def html = page.getText('UTF-8')

// the summary: four postmortems; the rule set in <reporting> made the unowned item an error
assert html =~ /<td[^>]*>Postmortems<\/td>\s*<td[^>]*>4<\/td>/
assert html =~ /<td[^>]*>Errors<\/td>\s*<td[^>]*>2<\/td>/
assert html =~ /<td[^>]*>Warnings<\/td>\s*<td[^>]*>1<\/td>/
assert html =~ /<td[^>]*>Info<\/td>\s*<td[^>]*>0<\/td>/
assert html.contains('fail: ')

// every finding, with file:line:col, level and rule, in the postmortem's table and in the rule's table
[
    ['src/postmortems/no-apology.md:17:1', 'error', 'regret-first'],
    ['src/postmortems/root-cause.md:25:85', 'warning', 'no-root-cause'],
    ['src/postmortems/unowned.md:39:7', 'error', 'remedy-owned'],
].each { where, level, rule ->
    def row = ~/<td[^>]*>${java.util.regex.Pattern.quote(where)}<\/td>\s*<td[^>]*>$level<\/td>\s*<td[^>]*>$rule<\/td>/
    assert html.findAll(row).size() == 2 : "expected twice (by postmortem, by rule): $where $level $rule"
}
assert html.contains('rule-regret-first')
// the postmortem without findings is listed too
assert html.contains('src/postmortems/good.md')

// the archive pm:site rendered is copied into the site and linked
assert new File(basedir, 'target/site/postmortems/index.html').isFile()
assert !new File(basedir, 'target/site/postmortems/.pm-site').exists()
assert html.contains('href="postmortems/index.html"')

// the site's menu lists the page
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.getText('UTF-8').contains('postmortems-report.html')
true
