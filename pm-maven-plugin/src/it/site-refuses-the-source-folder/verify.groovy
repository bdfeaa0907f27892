def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertRefused(basedir, [
        'pm will not write the site to ',
        '(outputDirectory (pm.outputDirectory)): it is the source folder (sourceDirectory)'])
