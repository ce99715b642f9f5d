// After the consumer's build: logback printed the library's log lines, SLF4J found one provider,
// and the runtime class path of a library user stays small (issue 19: at most 40 jars and 20 MB).
def log = new File(basedir, 'build.log').text
assert log.contains('CONSUMER-LOGBACK INFO [org.example.consumer.CompareProfessions]') : 'the application log line is not logback\'s'
assert log =~ /CONSUMER-LOGBACK \w+ \[org\.apache\.jena/ : 'no line of the library\'s Jena through logback'
assert !log.contains('multiple SLF4J providers') && !log.contains('Class path contains multiple SLF4J') : 'more than one SLF4J provider'
assert !log.contains('No SLF4J providers') : 'SLF4J found no provider'

def jars = new File(basedir, 'target/runtime-classpath.txt').text.trim().split(File.pathSeparator).collect { new File(it) }
// the application's own logging (logback-classic, logback-core) is not the library's weight
def library = jars.findAll { !it.name.startsWith('logback-') }
long bytes = library.sum { it.length() }
def figure = String.format('%d jars, %.1f MB (%d bytes) on a library user\'s runtime class path, logback excluded', library.size(), bytes / 1e6, bytes)
println figure
new File(basedir, 'target/runtime-classpath-figure.txt').text = figure + '\n'
assert library.size() <= 40 : figure
assert bytes <= 20_000_000L : figure
return true
