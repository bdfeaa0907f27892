def log = new File(basedir, 'build.log').text
// Messages of their own: a failed power assertion would print the whole debug log.
assert log.contains('[DEBUG] pm: C2 kept out while the goal ran: true') : 'the directive was not added'
assert log.contains('BUILD SUCCESS') : 'the build failed'
assert new File(basedir, 'target/postmortems/index.html').exists() : 'no site'
