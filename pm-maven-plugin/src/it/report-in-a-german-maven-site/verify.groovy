def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

/** The page's text with Doxia's numeric character references (&#xe4;) read back as characters. */
def read = { String path ->
    def file = new File(basedir, path)
    assert file.isFile() : "no $file"
    file.getText('UTF-8').replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex ->
        new String(Character.toChars(Integer.parseInt(hex, 16)))
    }
}

// the default locale: English
def english = read('target/site/postmortems-report.html')
assert english =~ /<td[^>]*>Files read<\/td>\s*<td[^>]*>2<\/td>/
assert english.contains("fail: 1 finding at or above the 'error' threshold")

// the German site: the page's own words in German; the findings' messages stay pm's, in English
def html = read('target/site/de/postmortems-report.html')
assert html =~ /<td[^>]*>Gelesene Dateien<\/td>\s*<td[^>]*>2<\/td>/
assert html =~ /<td[^>]*>Fehler<\/td>\s*<td[^>]*>1<\/td>/
assert html.contains('scheitern: 1 Befund auf oder über der Schwelle „error“')
assert html.contains('Nach Postmortem') && html.contains('Nach Regel')
assert html =~ /<td[^>]*>src\/postmortems\/no-apology.md:17:1<\/td>\s*<td[^>]*>Fehler<\/td>\s*<td[^>]*>regret-first<\/td>/
// no archive was rendered: the page says how to get one, in German
assert html.contains('Das gerenderte Archiv ist nicht Teil dieser Site')
['How many', 'Files read', 'By postmortem', 'By rule', 'Location', 'fail: ', 'The rendered archive'].each {
    assert !html.contains(it) : "English on the German page: $it"
}

// the German site's list of reports describes the page in German
def reports = read('target/site/de/project-reports.html')
assert reports.contains('postmortems-report.html')
assert reports.contains('Die Postmortems und was die Qualitätsregeln von pm darin gefunden haben.')
true
