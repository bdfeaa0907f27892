def log = new File(basedir, 'build.log').text
assert log.contains('src/postmortems/deep.md:17:33: error [markdown-depth] block quotes and list items are nested more than 32 deep')
assert log.contains('in 1 of 2 postmortems') || log.contains('of 2 postmortems')
assert !log.contains('Exception in thread')
assert !log.contains('StackOverflowError')
assert !log.contains('\tat dev.pm.')
assert !log.contains('\tat com.vladsch.')
assert !new File(basedir, 'target/postmortems').exists()
