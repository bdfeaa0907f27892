def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
files.assertRefused(basedir, [
        'pm will not write the site to ',
        '(outputDirectory (pm.outputDirectory)): it is not empty and pm did not write it (it holds CNAME',
        'delete the folder yourself, or choose an empty one'])
