def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def page = new File(basedir, 'target/site/postmortems-report.html')
assert page.isFile() : "no $page"
// Doxia writes characters outside ASCII as numeric references (&#xe9;): read them back
def html = page.getText('UTF-8').replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex ->
    new String(Character.toChars(Integer.parseInt(hex, 16)))
}
assert html =~ /<td[^>]*>Fichiers lus<\/td>\s*<td[^>]*>2<\/td>/
assert html.contains('échec : 1 constat au niveau « error » ou au-dessus')
assert html.contains('Par règle')
['How many', 'Files read', 'By rule', 'fail: '].each {
    assert !html.contains(it) : "English on the French page: $it"
}
true
