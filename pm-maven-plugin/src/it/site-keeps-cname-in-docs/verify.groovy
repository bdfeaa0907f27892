def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
// The site is new, so only what was there before must be unchanged: CNAME and about.html among it.
files.assertUnchanged(basedir, new File(basedir, 'files-before.txt'), false)
assert new File(basedir, 'docs/CNAME').text == 'status.example.com\n'
assert new File(basedir, 'docs/index.html').text.contains('Incident history')
assert new File(basedir, 'docs/.pm-site').isFile()
assert !new File(basedir, '.docs.pm-staging').exists()
assert !new File(basedir, '.docs.pm-previous').exists()
def log = new File(basedir, 'build.log').text
assert log.count('pm: wrote ') == 2
