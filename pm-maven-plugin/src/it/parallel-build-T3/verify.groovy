def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 3')
assert !log.contains('not marked @threadSafe') && !log.contains('not thread-safe')
['alpha', 'beta', 'gamma'].each { module ->
    def site = new File(basedir, "$module/target/postmortems")
    assert new File(site, 'index.html').isFile() : "$module has no site"
    assert new File(site, 'feed.xml').text.contains('<guid>https://status.example.com/postmortems/2026-03-12-checkout-outage.html</guid>')
    assert new File(basedir, "$module/target/pm-check.sarif").isFile()
}
assert new File(basedir, 'beta/target/postmortems/postmortems/2026-05-02-search.html').isFile()
assert !new File(basedir, 'alpha/target/postmortems/postmortems/2026-05-02-search.html').exists()
