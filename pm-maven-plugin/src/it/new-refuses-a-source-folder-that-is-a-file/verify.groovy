def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertRefused(basedir, [
        'sourceDirectory (pm.sourceDirectory) ',
        'notes.txt is a file, not a folder'])
