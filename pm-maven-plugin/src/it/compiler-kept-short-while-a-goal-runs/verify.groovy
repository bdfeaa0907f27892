import java.lang.management.ManagementFactory
import javax.management.ObjectName

def log = new File(basedir, 'build.log').text
// A JVM without HotSpot's diagnostic commands (OpenJ9) leaves its compilers alone, and pm says so.
def hotSpot = ManagementFactory.platformMBeanServer.isRegistered(
        new ObjectName('com.sun.management:type=DiagnosticCommand'))
// Messages of their own: a failed power assertion would print the whole debug log.
assert log.contains('[DEBUG] pm: C2 kept out while the goal ran: ' + hotSpot) : 'not as this JVM can: ' + hotSpot
assert log.contains('BUILD SUCCESS') : 'the build failed'
assert new File(basedir, 'target/postmortems/index.html').exists() : 'no site'
