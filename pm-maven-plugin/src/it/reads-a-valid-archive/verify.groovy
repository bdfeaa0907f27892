def log = new File(basedir, 'build.log').text
assert log.contains('pm: parsed 1 postmortem in')
assert log =~ /pm: wrote \d+ pages and \d+ feeds to target.postmortems/
assert !log.contains('[ERROR]')

def site = new File(basedir, 'target/postmortems')
['index.html', 'postmortems/2026-03-12-queue-backlog.html', 'tags/queue.html', 'services/jobs.html',
 'severity/sev3.html', 'years/2026.html', '404.html', 'robots.txt', 'assets/pm.css'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def home = new File(site, 'index.html').text
assert home.contains('href="postmortems/2026-03-12-queue-backlog.html"')
assert !new File(basedir, 'target/.postmortems.pm-staging').exists()
