def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertUnchanged(basedir, new File(basedir, 'files-before.txt'))
def log = new File(basedir, 'build.log').text
assert log.contains('sourceDirectory (pm.sourceDirectory) ')
assert log.contains('notes.txt is a file, not a folder')
// -e shows Maven's own wrapping; the refusal itself carries no cause, so no exception of pm's or Java's below it
assert !log.contains('Caused by: dev.pm') && !log.contains('Caused by: java.')
