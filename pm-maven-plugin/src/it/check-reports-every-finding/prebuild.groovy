// The project is the root of its Git repository, as most are: SARIF paths are relative to the Git root.
new File(basedir, '.git').mkdirs()
true
