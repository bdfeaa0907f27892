def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertUnchanged(basedir, new File(basedir, 'files-before.txt'))
def log = new File(basedir, 'build.log').text
assert log.contains('pm will not write the site to ')
assert log.contains('(outputDirectory (pm.outputDirectory)): it is not empty and pm did not write it (it holds CNAME')
assert !log.contains('Caused by:')
assert log.contains('delete the folder yourself, or choose an empty one')
