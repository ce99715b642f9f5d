package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;

/** A server started and stopped in a longer-lived JVM (the Java API, a test suite) leaves nothing running. */
class ServerStopTest {
    /**
     * The password file's reload scanner outlived its server (one thread per server, and every 5 s a
     * warning once the file was gone).
     */
    @Test
    void aStoppedWriteModeServerLeavesNoThreadOfItsOwn(@TempDir Path dir) throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        RehabServer server = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0).update(true)
                .passwordFile(TestServer.passwordFile(dir)).build().start();
        server.stop();
        Set<Thread> left = new HashSet<>(Thread.getAllStackTraces().keySet());
        left.removeAll(before);
        for (Thread t : left)
            t.join(5_000);   // stopping asks; a thread ends when its last task has
        assertEquals(List.of(), left.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    }
}
