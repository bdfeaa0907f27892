def log = new File(basedir, 'build.log').text
['pm:site', 'pm:check', 'pm:baseline', 'pm:new', 'pm:serve', 'pm:help'].each { assert log.contains(it) : "help lists $it" }
['sourceDirectory', 'failOn', 'maxWarnings', 'today', 'sarifFile', 'baseUrl', 'feedSize', 'port', 'title', 'baseline'].each {
    assert log.contains(it) : "help documents $it"
}
assert log.contains('User property: pm.failOn')
