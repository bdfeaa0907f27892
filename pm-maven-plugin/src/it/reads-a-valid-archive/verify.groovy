def log = new File(basedir, 'build.log').text
assert log.contains('pm: parsed 1 postmortems')
assert !log.contains('[ERROR]')
