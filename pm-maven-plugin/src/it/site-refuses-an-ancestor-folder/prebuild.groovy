// ".." is target/it, where other ITs run in parallel: record this project, a file of our own beside it, and
// every other IT's folder and pom.xml, which no build changes.
def files = evaluate(new File(basedir, '../../../src/it/guarded-files.groovy'))
def it = basedir.parentFile
new File(it, '.ancestor-sentinel.txt').text = 'written beside the projects; must survive\n'
def name = basedir.name
files.record(it, new File(basedir, 'files-before.txt'), { String path ->
    path == '.ancestor-sentinel.txt' || path.startsWith(name + '/') || !path.contains('/') || path ==~ '[^/]+/pom\\.xml'
})
true
