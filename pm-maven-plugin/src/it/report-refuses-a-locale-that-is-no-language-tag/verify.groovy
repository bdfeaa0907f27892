def log = new File(basedir, 'build.log').text
assert log.contains("pm: bad configuration: locale (pm.locale) 'fr!' is not a language tag: write one of the"
        + " languages pm's report ships, en, de, fr, es, ja")
['IllformedLocaleException', 'IllegalArgumentException'].each {
    assert !log.contains(it) : "a configuration error with its own message, not $it"
}
assert !new File(basedir, 'target/site/postmortems-report.html').exists()
true
