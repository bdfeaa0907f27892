// Shared by the output-folder ITs: records every file before the build (prebuild.groovy) and checks afterwards
// (verify.groovy) that each is still there, byte for byte. Loaded with evaluate(); returns its functions.
import java.security.MessageDigest

// Invoker's own files, wherever they lie under the recorded folder.
def IGNORED = ['build.log', 'files-before.txt']

def listing = { File root, Closure wanted ->
    def entries = new TreeMap<String, String>()
    root.eachFileRecurse { File file ->
        def path = root.toPath().relativize(file.toPath()).toString().replace('\\', '/')
        if (!IGNORED.contains(file.name) && wanted(path)) {
            entries[path] = file.isDirectory() ? 'folder'
                    : MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
        }
    }
    entries
}

def record = { File root, File into, Closure wanted = { true } ->
    into.text = listing(root, wanted).collect { path, hash -> hash + ' ' + path }.join('\n') + '\n'
}

/** Every recorded entry is unchanged; with {@code nothingNew}, no entry appeared either (not even a staging folder). */
def assertUnchanged = { File root, File from, boolean nothingNew = true, Closure wanted = { true } ->
    def before = new TreeMap<String, String>()
    from.eachLine { line -> if (line) { def space = line.indexOf(' '); before[line.substring(space + 1)] = line.substring(0, space) } }
    assert before.size() > 2 : 'the setup recorded too little: ' + before
    def now = listing(root, wanted)
    before.each { path, hash -> assert now[path] == hash : path + ' changed or disappeared' }
    if (nothingNew) {
        assert now.keySet() == before.keySet() : 'new entries: ' + (now.keySet() - before.keySet())
    }
    println 'unchanged: ' + before.size() + ' entries'
    true
}

/**
 * The build was refused: every recorded file is unchanged, build.log holds each expected text, and no exception of
 * pm's or Java's stands below Maven's own wrapping (invoker runs Maven with -e), since a refusal carries no cause.
 */
def assertRefused = { File basedir, List<String> expected ->
    assertUnchanged(basedir, new File(basedir, 'files-before.txt'))
    def log = new File(basedir, 'build.log').text
    expected.each { text -> assert log.contains(text) : 'build.log lacks: ' + text }
    assert !log.contains('Caused by: dev.pm') && !log.contains('Caused by: java.')
    true
}

[record: record, assertUnchanged: assertUnchanged, assertRefused: assertRefused]
