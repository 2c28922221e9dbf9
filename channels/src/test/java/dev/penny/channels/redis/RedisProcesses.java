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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The {@code redis-server} processes of one test topology, each logging into one temp directory, and the
 * {@code redis-cli} calls that set them up and watch them. {@link #close()} stops every process and deletes the
 * directory.
 */
final class RedisProcesses implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(30);

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    RedisProcesses(String name) throws IOException {
        this.dir = Files.createTempDirectory(name);
    }

    /** Where the processes keep their files and logs. */
    Path dir() {
        return dir;
    }

    /** Starts a process that writes to {@code <log>.log} in the directory, stopped by {@link #close()}. */
    void start(String log, List<String> command) throws IOException {
        processes.add(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log + ".log").toFile())
                .start());
    }

    /** What {@code redis-cli -p port command…} prints. */
    static String cli(int port, String... command) {
        List<String> args = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
        args.addAll(List.of(command));
        return run(args);
    }

    /** What the command prints, once it ends (or after thirty seconds, when it is killed). */
    static String run(List<String> command) {
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

    /** Waits up to thirty seconds for the condition. */
    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(START);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Sleep.through(Duration.ofMillis(100));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
