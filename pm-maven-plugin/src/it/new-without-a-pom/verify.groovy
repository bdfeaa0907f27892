def log = new File(basedir, 'build.log').text
assert new File(basedir, 'src/postmortems/2026-11-20-queue-backlog.md').isFile()
assert log.contains('pm: wrote src/postmortems/2026-11-20-queue-backlog.md')
assert log.contains('BUILD SUCCESS')
true
