package dev.penny.channels.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A real Sentinel-managed Redis: a primary, one replica ({@code --replicaof} the primary) and one Sentinel ({@code
 * redis-server FILE.conf --sentinel}, quorum 1) monitoring the primary as {@value #MASTER}, all started from {@code
 * redis-server} as child processes on free loopback ports in a temp directory. {@link #close()} stops every process
 * and deletes their files. For any lane's tests.
 */
public final class RedisSentinelNodes implements AutoCloseable {

    /** The name the Sentinel knows the primary by. */
    public static final String MASTER = "penny-primary";

    private final RedisProcesses processes;
    private int primary;
    private int replica;
    private int sentinel;

    private RedisSentinelNodes() throws IOException {
        this.processes = new RedisProcesses("penny-sentinel");
    }

    /** Starts the nodes and waits until the Sentinel names the primary and knows its replica. */
    public static RedisSentinelNodes start() {
        try {
            RedisSentinelNodes nodes = new RedisSentinelNodes();
            try {
                nodes.launch();
                return nodes;
            } catch (RuntimeException | IOException e) {
                nodes.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 127.0.0.1:port} of the Sentinel. */
    public String sentinel() {
        return "127.0.0.1:" + sentinel;
    }

    /** The port of the primary the Sentinel names now. */
    public int primaryPort() {
        String[] answer = cli(sentinel, "SENTINEL", "get-master-addr-by-name", MASTER)
                .strip()
                .split("\\s+");
        return Integer.parseInt(answer[answer.length - 1]);
    }

    /** The port the primary was started on. */
    public int firstPrimaryPort() {
        return primary;
    }

    /** The port the replica was started on. */
    public int firstReplicaPort() {
        return replica;
    }

    /** Runs a {@code redis-cli} command on a node and returns its output. */
    public String cli(int port, String... command) {
        return RedisProcesses.cli(port, command);
    }

    /** Waits until the replica has received every write the primary had taken when this was called. */
    public void awaitReplicated() {
        int primaryPort = primaryPort();
        int replicaPort = primaryPort == primary ? replica : primary;
        long written = offset(cli(primaryPort, "INFO", "replication"), "master_repl_offset:");
        await(
                () -> offset(cli(replicaPort, "INFO", "replication"), "slave_repl_offset:") >= written,
                "the replica to receive the primary's writes");
    }

    private static long offset(String info, String field) {
        return info.lines()
                .filter(line -> line.startsWith(field))
                .map(line -> Long.parseLong(line.substring(field.length()).strip()))
                .findFirst()
                .orElse(-1L);
    }

    /**
     * Asks the Sentinel for a failover and waits until it names the other node as primary, that node says it is a
     * master and the old primary says it is its replica; returns the new primary's port.
     */
    public int failover() {
        int before = primaryPort();
        String answer = cli(sentinel, "SENTINEL", "FAILOVER", MASTER);
        if (!answer.contains("OK")) {
            throw new IllegalStateException("SENTINEL FAILOVER said " + answer.strip());
        }
        await(() -> primaryPort() != before, "the Sentinel to name a new primary");
        int after = primaryPort();
        await(() -> cli(after, "ROLE").startsWith("master"), "node " + after + " to be a master");
        // Until the Sentinel turns the old primary into a replica it still takes writes, which its resync then
        // discards: Redis's own window of loss, which no client closes.
        await(() -> cli(before, "ROLE").startsWith("slave"), "node " + before + " to follow the new primary");
        return after;
    }

    private void launch() throws IOException {
        primary = RedisProcesses.freePort();
        do {
            replica = RedisProcesses.freePort();
        } while (replica == primary);
        do {
            sentinel = RedisProcesses.freePort();
        } while (sentinel == primary || sentinel == replica);
        server(primary);
        server(replica, "--replicaof", "127.0.0.1", Integer.toString(primary));
        await(() -> cli(primary, "PING").contains("PONG"), "the primary to answer PING");
        await(() -> cli(replica, "INFO", "replication").contains("master_link_status:up"), "the replica to sync");
        Path dir = processes.dir();
        Path conf = dir.resolve("sentinel-" + sentinel + ".conf");
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "port " + sentinel,
                        "bind 127.0.0.1",
                        "daemonize no",
                        "dir " + dir,
                        "sentinel announce-ip 127.0.0.1",
                        "sentinel monitor " + MASTER + " 127.0.0.1 " + primary + " 1",
                        // long enough that a primary paused on a loaded machine is not failed over unasked, which
                        // would discard the writes a test made to it after the Sentinel gave up on it
                        "sentinel down-after-milliseconds " + MASTER + " 10000",
                        "sentinel failover-timeout " + MASTER + " 5000",
                        ""));
        processes.start("sentinel-" + sentinel, List.of("redis-server", conf.toString(), "--sentinel"));
        await(
                () -> cli(sentinel, "SENTINEL", "get-master-addr-by-name", MASTER)
                        .contains(Integer.toString(primary)),
                "the Sentinel to name the primary");
        await(
                () -> cli(sentinel, "SENTINEL", "replicas", MASTER).contains(Integer.toString(replica)),
                "the Sentinel to know the replica");
    }

    private void server(int port, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "redis-server",
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--daemonize",
                "no",
                "--dir",
                processes.dir().toString(),
                "--dbfilename",
                "dump-" + port + ".rdb",
                "--save",
                "",
                "--appendonly",
                "no"));
        args.addAll(List.of(more));
        processes.start("node-" + port, args);
    }

    /** Waits up to thirty seconds for the condition. */
    public static void await(BooleanSupplier condition, String what) {
        RedisProcesses.await(condition, what);
    }

    @Override
    public void close() {
        processes.close();
    }
}
