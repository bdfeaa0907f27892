def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.record(basedir, new File(basedir, 'files-before.txt'))
true
