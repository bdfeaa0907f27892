def pub = new File(basedir, 'target/postmortems')
def internal = new File(basedir, 'target/internal')
pub.eachFileRecurse { assert !it.isFile() || !it.text.contains('SECRET-') : "internal text in ${it}" }
assert !new File(pub, 'postmortems/2026-01-20-internal-only.html').exists()
def page = new File(internal, 'postmortems/2026-01-20-internal-only.html')
assert page.isFile()
assert page.text.contains('SECRET-BODY-MARKER')
assert new File(internal, 'index.html').text.contains('Internal build')
assert new File(internal, 'robots.txt').text.contains('Disallow: /')
