def without = new File(basedir, 'target/postmortems')
def with = new File(basedir, 'target/with-drafts')
assert !new File(without, 'postmortems/2026-02-10-draft.html').exists()
without.eachFileRecurse { assert !it.isFile() || !it.text.contains('DRAFT-') : "draft text in ${it}" }
def draft = new File(with, 'postmortems/2026-02-10-draft.html')
assert draft.isFile()
assert draft.text.contains('<span class="badge draft">Draft</span>')
assert new File(with, 'index.html').text.contains('2026-02-10-draft.html')
