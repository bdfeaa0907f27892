def log = new File(basedir, 'build.log').text
['pm:site', 'pm:check', 'pm:baseline', 'pm:report', 'pm:new', 'pm:serve', 'pm:help'].each { assert log.contains(it) : "help lists $it" }
['sourceDirectory', 'failOn', 'maxWarnings', 'today', 'sarifFile', 'baseUrl', 'feedSize', 'port', 'title', 'baseline'].each {
    assert log.contains(it) : "help documents $it"
}
assert log.contains('User property: pm.failOn')

// pm:new declares only what it uses: none of the site's or the checks' parameters
def newStart = log.indexOf('\npm:new\n')
def newGoal = log.substring(newStart, log.indexOf('\npm:report\n', newStart))
['baseUrl', 'failOn', 'rules', 'outputDirectory', 'siteTitle'].each { assert !newGoal.contains(it) : "pm:new lists $it" }
['title', 'severity', 'sourceDirectory', 'timeZone', 'today'].each { assert newGoal.contains(it) : "pm:new lacks $it" }
// each default is shown once per goal, from the parameter's default value, not repeated by its documentation
assert log.count('Default: SEV1,SEV2,SEV3,SEV4,SEV5') == 6
assert !log.contains('Default: {@code')
