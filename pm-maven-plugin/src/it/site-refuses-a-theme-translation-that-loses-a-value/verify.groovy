def log = new File(basedir, 'build.log').text
assert log.contains("src/pm-theme/messages_nl.properties:2:1: error [theme-messages] message 'page_of' has no {1},"
        + " so that value would be lost; pm fills in {0} and {1}: write each where its value goes, as the English"
        + ' message does: "Page {0} of {1}"')
assert log.contains('pm: the site was not rendered (see the errors above)')
assert !log.contains('\tat dev.pm.')
assert !new File(basedir, 'target/postmortems').exists()
true
