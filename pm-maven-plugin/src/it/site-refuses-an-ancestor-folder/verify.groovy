def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
def it = basedir.parentFile
def name = basedir.name
// Other ITs may add folders of their own to target/it meanwhile, so new entries are not an error here; what was
// recorded must be unchanged, and pm's staging folder beside target/it must never have been made.
files.assertUnchanged(it, new File(basedir, 'files-before.txt'), false, { String path ->
    path == '.ancestor-sentinel.txt' || path.startsWith(name + '/') || !path.contains('/') || path ==~ '[^/]+/pom\\.xml'
})
assert !new File(it.parentFile, '.it.pm-staging').exists()
assert !new File(it.parentFile, '.it.pm-previous').exists()
assert new File(basedir, 'target').exists() == false
def log = new File(basedir, 'build.log').text
assert log.contains('pm will not write the site to ')
assert log.contains('(outputDirectory (pm.outputDirectory)): it holds the project folder')
// -e shows Maven's own wrapping; the refusal itself carries no cause, so no exception of pm's or Java's below it
assert !log.contains('Caused by: dev.pm') && !log.contains('Caused by: java.')
