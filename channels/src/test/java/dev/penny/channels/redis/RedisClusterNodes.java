package dev.penny.channels.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Redis Cluster of three masters and three replicas, started from {@code redis-server} on free loopback ports
 * (each node's port and its cluster bus port, 10000 above, are probed) and joined with {@code redis-cli --cluster
 * create ... --cluster-replicas 1}. {@link #close()} stops every node and deletes their files. For any lane's tests.
 */
public final class RedisClusterNodes implements AutoCloseable {

    private static final int NODES = 6;
    private final RedisProcesses processes;
    private final List<Integer> ports = new ArrayList<>();

    private RedisClusterNodes() throws IOException {
        this.processes = new RedisProcesses("penny-cluster");
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
            int port = RedisProcesses.freePort();
            if (port < 55_000 && free(port + 10_000) && !ports.contains(port)) {
                ports.add(port);
            }
        }
        for (int port : ports) {
            processes.start(
                    "node-" + port,
                    List.of(
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
                            processes.dir().toString(),
                            "--save",
                            "",
                            "--appendonly",
                            "no"));
        }
        for (int port : ports) {
            RedisProcesses.await(
                    () -> RedisProcesses.cli(port, "PING").contains("PONG"), "node " + port + " to answer PING");
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        create.addAll(nodes());
        create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        RedisProcesses.run(create);
        for (int port : ports) {
            RedisProcesses.await(
                    () -> RedisProcesses.cli(port, "CLUSTER", "INFO").contains("cluster_state:ok"),
                    "node " + port + " to see the cluster ok");
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
        processes.close();
    }
}
