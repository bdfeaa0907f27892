// Every local href and src on every page of the rendered sample archive leads to a file of the site, and the
// page bundle's chart is published beside its page.
import java.nio.file.*

def log = new File(basedir, 'build.log').text
assert !log.contains("[ERROR]")
assert !log.contains("[missing-file]") && !log.contains("[unsafe-svg]") && !log.contains("[file-outside]")

Path site = basedir.toPath().resolve('target/postmortems')
assert Files.isRegularFile(site.resolve('postmortems/2026-03-12-checkout-outage/error-rate.svg'))
assert Files.readAllBytes(site.resolve('postmortems/2026-03-12-checkout-outage/error-rate.svg')) ==
        Files.readAllBytes(basedir.toPath().resolve('../../../../sample-site/src/postmortems/2026-03-12-checkout-outage/error-rate.svg').normalize())

def attribute = ~/(?:href|src)="([^"]*)"/
def broken = []
int pages = 0
int checked = 0
Files.walk(site).filter { it.toString().endsWith('.html') }.sorted().each { Path page ->
    pages++
    (new String(Files.readAllBytes(page), "UTF-8") =~ attribute).each { match ->
        String url = match[1].replace('&amp;', '&')
        if (url.isEmpty() || url.startsWith('#') || url.startsWith('//') || url ==~ /^[a-zA-Z][a-zA-Z0-9+.-]*:.*/) {
            return
        }
        String path = url.replaceFirst(/[?#].*$/, '')
        if (path.isEmpty()) {
            return
        }
        // An absolute path starts at the site's root: baseUrl (https://status.example.com here) has no path of its own.
        String decoded = URLDecoder.decode(path.replace('+', '%2B'), 'UTF-8')
        Path target = (decoded.startsWith('/') ? site.resolve(decoded.substring(1)) : page.parent.resolve(decoded))
                .normalize()
        if (Files.isDirectory(target)) {
            target = target.resolve('index.html')
        }
        checked++
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            broken << "${site.relativize(page)}: ${url}"
        }
    }
}
println "checked $checked local links and images on $pages pages"
assert pages > 20
assert broken.isEmpty() : "broken local links or images:\n" + broken.join('\n')
