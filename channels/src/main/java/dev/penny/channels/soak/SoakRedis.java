package dev.penny.channels.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;

/**
 * A Redis server of the soak's own, from {@code redis-server} on the PATH, on a free loopback port, with an
 * append-only file so that a restart loses nothing Penny wrote.
 */
final class SoakRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    SoakRedis(Path dir) throws IOException, InterruptedException {
        this.port = FreePorts.next();
        this.dir = Files.createDirectories(dir.resolve("redis"));
        start();
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    /** SHUTDOWN (flushing the append-only file), a pause, and the same server started again. */
    void restart(long downMillis) throws IOException, InterruptedException {
        stop();
        Thread.sleep(downMillis);
        start();
    }

    private void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(
                        "redis-server",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--dir",
                        dir.toString(),
                        "--appendonly",
                        "yes",
                        "--appendfsync",
                        "always",
                        "--save",
                        ""))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Jedis jedis = client()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("redis-server did not start on port " + port, e);
                }
                Thread.sleep(50);
            }
        }
    }

    private void stop() throws InterruptedException {
        try (Jedis jedis = client()) {
            jedis.shutdown();
        } catch (RuntimeException e) {
            // SHUTDOWN closes the connection without a reply
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
