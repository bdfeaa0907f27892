def log = new File(basedir, 'build.log').text
assert log.contains('src/postmortems/apology-last.md:33:1: error [regret-first] the apology comes after other text (line 16)')
assert log.contains('nothing was published and target/postmortems was left as it was')
def home = new File(basedir, 'target/postmortems/index.html').text
assert home.contains('Incident history')
assert !home.contains('Replaced')
assert new File(basedir, 'target/postmortems/postmortems/apology-last.html').isFile()
