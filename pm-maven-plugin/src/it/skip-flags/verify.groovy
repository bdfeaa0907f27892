def log = new File(basedir, 'build.log').text
assert log.count('pm: skipped') == 5
assert !log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/postmortems').exists()
assert !new File(basedir, 'target/pm-check.sarif').exists()
