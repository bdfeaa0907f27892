import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the parent and app have no postmortems: one line per goal, no error
assert log.count('pm: no src/postmortems in this module; skipped') == 4
assert log.contains('BUILD SUCCESS')

// docs: one read, and each finding printed once although check and site both ran
def finding = "src/postmortems/2026-05-02-search-stale.md:25:85: warning [no-root-cause] 'The root cause' singles out one cause"
assert log.count(finding) == 1
assert log.count('pm: parsed 1 postmortem in') == 1
assert log.contains('pm: using what pm:site read and checked in this module')
assert new File(basedir, 'docs/target/postmortems/index.html').isFile()

// defaults from the POM, and the old organisation name with its warning
def home = new File(basedir, 'docs/target/postmortems/index.html').text
assert home.contains('Example Cloud incident history')
assert home.contains('Example Cloud')
assert log.contains('pm: <organisation> (pm.organisation) is deprecated: write <organization>')

// SARIF: the URI is relative to the Git root (the IT folder), not to the docs module
def sarif = new JsonSlurper().parse(new File(basedir, 'docs/target/pm-check.sarif'))
def location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation
assert location.uri == 'docs/src/postmortems/2026-05-02-search-stale.md'
assert location.uriBaseId == 'SRCROOT'
assert sarif.runs[0].originalUriBaseIds.SRCROOT != null

// GitLab Code Quality: the fields GitLab documents, with valid values
def issues = new JsonSlurper().parse(new File(basedir, 'docs/target/pm-codequality.json'))
assert issues instanceof List && issues.size() == 1
issues.each { issue ->
    assert issue.description instanceof String && issue.description
    assert issue.check_name == 'no-root-cause'
    assert issue.fingerprint ==~ /[0-9a-f]{64}/
    assert issue.severity in ['info', 'minor', 'major', 'critical', 'blocker']
    assert issue.location.path == 'docs/src/postmortems/2026-05-02-search-stale.md'
    assert issue.location.lines.begin == 25
}
true
