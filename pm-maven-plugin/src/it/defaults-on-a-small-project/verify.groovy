import java.nio.file.*

def log = new File(basedir, 'build.log').text
assert log.contains('pm: parsed 1 postmortem in')
assert log =~ /pm: wrote \d+ pages and 7 feeds to target.postmortems/
assert log.contains("pm: no findings in 1 postmortem")
assert !log.contains("[ERROR]")
assert !log.contains(": warning [") : "the small project has no findings"

def site = new File(basedir, 'target/postmortems')
['index.html', 'postmortems/2026-03-12-queue-backlog.html', 'tags/queue.html', 'services/jobs.html',
 'severity/sev3.html', 'years/2026.html', 'stats.html', 'actions.html', 'search.html', 'search/meta.js', '404.html', 'robots.txt',
 'sitemap.xml', 'assets/pm.css', 'assets/search.js', 'feed.xml', 'atom.xml', 'feed.json',
 'tags/queue.rss.xml', 'tags/queue.atom.xml', 'services/jobs.rss.xml', 'services/jobs.atom.xml'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def home = new File(site, 'index.html').text
assert home.contains('href="postmortems/2026-03-12-queue-backlog.html"')
assert home.contains('<link rel="alternate" type="application/rss+xml"')
assert new File(site, 'feed.xml').text.contains('<guid>https://status.example.com/postmortems/2026-03-12-queue-backlog.html</guid>')
assert !new File(basedir, 'target/.postmortems.pm-staging').exists()

// every relative link of every page leads to a file of the site
def root = site.toPath()
Files.walk(root).filter { it.toString().endsWith(".html") }.forEach { page ->
    (page.toFile().text =~ /(?:href|src)="(?![a-z]+:)([^"#?]+)[^"]*"/).each { match ->
        // the 404 page, served at any depth, links by absolute paths from baseUrl's path (here the server's root)
        def link = match[1]
        if (link.startsWith('/')) {
            assert page.fileName.toString() == '404.html' : "${root.relativize(page)} links by absolute path: $link"
        }
        def target = link.startsWith('/') ? root.resolve(link.substring(1)).normalize()
                : page.parent.resolve(link).normalize()
        assert Files.exists(target) : "${root.relativize(page)} links to missing ${match[1]}"
    }
}
true
