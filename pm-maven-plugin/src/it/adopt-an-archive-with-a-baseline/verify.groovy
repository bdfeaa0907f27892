import groovy.json.JsonSlurper

// 1. The baseline records the archive's findings: file (relative to the source folder), rule and fingerprint.
def baseline = new JsonSlurper().parse(new File(basedir, 'src/postmortems/.pm-baseline.json'))
def entries = baseline.findings.collect { it.file + ' ' + it.rule }
assert entries.contains('2025-06-01-checkout-errors.md regret-first')
assert entries.contains('2025-06-01-checkout-errors.md no-root-cause')
assert entries.contains('2025-07-01-slow-search.md remedy-owned')
assert entries.size() == 3
assert baseline.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ && !it.containsKey('line') }

// 2. The archive was published despite its known error.
assert new File(basedir, 'target/postmortems/postmortems/2025-06-01-checkout-errors.html').isFile()
def home = new File(basedir, 'target/postmortems/index.html').text
assert !home.contains('Replaced')

// 3. The report's page says pm:check would pass, as pm:check does with the baseline.
def report = new File(basedir, 'target/site/postmortems-report.html').getText('UTF-8')
assert report =~ /pm:check would<\/td>\s*<td[^>]*>pass<\/td>/ : 'the report does not say pm:check would pass'
assert !report.contains('fail: ')

// 4 and 5. With the new postmortem, only it is named; the old findings are a count.
def log = new File(basedir, 'build.log').text
assert log.contains('src/with-new/2026-02-10-login-outage.md:31:1: error [regret-first]')
assert log.contains('3 known findings in the baseline')
assert !log.contains('2025-06-01-checkout-errors.md:')
assert !log.contains('2025-07-01-slow-search.md:')
assert log.contains('nothing was published and target/postmortems was left as it was')

// SARIF marks the known findings unchanged and the new one new (its paths start at the Git root, wherever that is).
def sarif = new JsonSlurper().parse(new File(basedir, 'target/pm-check.sarif'))
def states = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri + ' ' + it.ruleId + ' ' + it.baselineState }
assert states.any { it.endsWith('src/with-new/2026-02-10-login-outage.md regret-first new') } : states
assert states.any { it.endsWith('src/with-new/2025-06-01-checkout-errors.md regret-first unchanged') } : states
assert states.any { it.endsWith('src/with-new/2025-07-01-slow-search.md remedy-owned unchanged') } : states
return true
