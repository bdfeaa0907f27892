def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/postmortems/root-cause.md:25:85: warning [no-root-cause]")
assert !log.contains('[INFO]')
true
