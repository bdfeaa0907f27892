def log = new File(basedir, 'build.log').text
def lines = [
    "src/postmortems/no-apology.md:17:1: error [regret-first] neither the first two paragraphs nor the first 80 words of Regret apologise",
    "src/postmortems/root-cause.md:25:85: warning [no-root-cause] 'The root cause' singles out one cause",
    "src/postmortems/unowned.md:39:7: warning [remedy-owned] open action item 'Alert when indexer lag exceeds five minutes' has no owner",
]
def summary = 'pm: 3 findings (1 error, 2 warnings) in 3 of 4 postmortems'
lines.each { assert log.count(it) == 2 : "expected twice (both runs): $it" }
assert log.count(summary) >= 2
assert log.contains(summary + ": 1 finding at or above the 'error' threshold")
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.pm.')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pm-check.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 3
assert results*.ruleId.sort() == ['no-root-cause', 'regret-first', 'remedy-owned']
assert results.find { it.ruleId == 'regret-first' }.locations[0].physicalLocation.artifactLocation.uri ==
        'src/postmortems/no-apology.md'
