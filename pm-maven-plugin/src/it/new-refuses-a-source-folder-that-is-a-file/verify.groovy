def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertUnchanged(basedir, new File(basedir, 'files-before.txt'))
def log = new File(basedir, 'build.log').text
assert log.contains('sourceDirectory (pm.sourceDirectory) ')
assert log.contains('notes.txt is a file, not a folder')
assert !log.contains('Caused by:')
