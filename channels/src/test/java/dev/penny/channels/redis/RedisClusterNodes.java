package dev.penny.channels.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Redis Cluster of three masters and three replicas, started from {@code redis-server} on free loopback ports
 * (each node's port and its cluster bus port, 10000 above, are probed) and joined with {@code redis-cli --cluster
 * create ... --cluster-replicas 1}. {@link #close()} stops every node and deletes their files. For any lane's tests.
 */
public final class RedisClusterNodes implements AutoCloseable {

    private static final int NODES = 6;
    private static final Duration START = Duration.ofSeconds(30);

    private final Path dir;
    private final List<Integer> ports = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    private RedisClusterNodes() throws IOException {
        this.dir = Files.createTempDirectory("penny-cluster");
    }

    /** Starts the nodes and waits until the cluster says {@code cluster_state:ok} on every one. */
    public static RedisClusterNodes start() {
        try {
            RedisClusterNodes cluster = new RedisClusterNodes();
            try {
                cluster.launch();
                return cluster;
            } catch (RuntimeException | IOException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:port} of every node. */
    public List<String> nodes() {
        return ports.stream().map(port -> "127.0.0.1:" + port).toList();
    }

    private void launch() throws IOException {
        while (ports.size() < NODES) {
            int port = freePort();
            if (port < 55_000 && free(port + 10_000) && !ports.contains(port)) {
                ports.add(port);
            }
        }
        for (int port : ports) {
            processes.add(new ProcessBuilder(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--cluster-enabled",
                            "yes",
                            "--cluster-config-file",
                            "nodes-" + port + ".conf",
                            // long enough that a node paused on a loaded machine is not failed over mid-test
                            "--cluster-node-timeout",
                            "15000",
                            "--dir",
                            dir.toString(),
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("node-" + port + ".log").toFile())
                    .start());
        }
        for (int port : ports) {
            await(() -> cli(port, "PING").contains("PONG"), "node " + port + " to answer PING");
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        create.addAll(nodes());
        create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        run(create);
        for (int port : ports) {
            await(
                    () -> cli(port, "CLUSTER", "INFO").contains("cluster_state:ok"),
                    "node " + port + " to see the cluster ok");
        }
    }

    private String cli(int port, String... command) {
        List<String> args = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
        args.addAll(List.of(command));
        return run(args);
    }

    private static String run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(START);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Sleep.through(Duration.ofMillis(100));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
