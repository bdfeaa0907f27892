// The build failed (invoker.buildResult=failure); it must say where, as file:line:col, and why.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /no-remedy\.pmd:\d+:\d+: error \[/ : 'no file:line:col in the build log'
assert log.contains('fail the bake')
assert !new File(basedir, 'target/jbake/no-remedy.html').exists()
return true
