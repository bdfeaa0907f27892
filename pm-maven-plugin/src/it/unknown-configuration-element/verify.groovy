def log = new File(basedir, 'build.log').text
assert log.contains("pm: unknown element <siteTitel> in pm's <configuration>; did you mean <siteTitle>?")
assert !new File(basedir, 'target/pm-check.sarif').exists()
true
