new File(basedir, '.git').mkdirs()
true
