def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/postmortems/2026-11-20-checkout-outage.md')
assert file.isFile()
assert file.text.startsWith('---\ntitle: "Checkout outage"\ndate: 2026-11-20\n')
assert file.text.contains('start: 2026-11-20T00:00:00+01:00')
assert log.contains('pm: wrote src/postmortems/2026-11-20-checkout-outage.md: fill it in')
assert log.contains('pm: src/postmortems/2026-11-20-checkout-outage.md exists already; pm:new never overwrites a file')
assert log.contains("warning [reason-components]")
assert !log.contains('\tat dev.pm.')
