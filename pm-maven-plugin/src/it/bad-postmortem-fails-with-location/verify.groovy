def log = new File(basedir, 'build.log').text
assert log.contains("src/postmortems/broken.md:3:7: error [date-format] 'date' is not a date: '2026-03-32'")
assert log.contains('pm: 1 finding (1 error) in 1 of 1 postmortem')
assert !log.contains('\tat dev.pm.')
