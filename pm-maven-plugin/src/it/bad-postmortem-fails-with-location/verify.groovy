def log = new File(basedir, 'build.log').text
assert log.contains("src/postmortems/broken.md:3:7: error [date-format] 'date' is not a date: '2026-03-32'")
assert log.contains('pm: 1 errors and 0 warnings in 1 files')
assert !log.contains('\tat dev.pm.')
