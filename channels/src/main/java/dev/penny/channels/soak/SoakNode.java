package dev.penny.channels.soak;

import dev.penny.channels.PennyApplication;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** One Penny node: a child JVM of the same jar (or class path), on its own port, with its own log file. */
final class SoakNode implements AutoCloseable {

    static final String AGENT = "soak";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int index;
    private final int port;
    private final List<String> settings;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String authorization;
    private volatile Process process;
    private volatile double maxHeapMb;

    SoakNode(int index, List<String> settings, Path dir, String agentPassword) {
        this.index = index;
        this.port = FreePorts.next();
        this.settings = settings;
        this.log = dir.resolve("node-" + index + ".log");
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((AGENT + ":" + agentPassword).getBytes(StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    int index() {
        return index;
    }

    boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, PennyApplication.class.getName()));
        }
        command.add("--server.port=" + port);
        command.addAll(settings);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Waits until the node answers its health check. */
    void awaitUp(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException("node " + index + " exited at start-up; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + index + " did not start within " + within + "; see " + log);
    }

    /** Notes the heap in use, as the node's own metrics report it; the largest seen is {@link #maxHeapMb()}. */
    double sampleHeapMb() {
        double mb = heapInUseMb();
        if (!Double.isNaN(mb)) {
            maxHeapMb = Math.max(maxHeapMb, mb);
        }
        return mb;
    }

    /**
     * The heap still in use right after a full collection ({@code jcmd <pid> GC.run}): what the node holds on to, which
     * grows run after run only when something leaks, unlike the heap in use between collections.
     */
    double liveHeapMb() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return Double.NaN;
        }
        try {
            Process gc = new ProcessBuilder("jcmd", Long.toString(p.pid()), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                gc.destroyForcibly();
                return Double.NaN;
            }
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return heapInUseMb();
    }

    private double heapInUseMb() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                            .header("Authorization", authorization)
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Double.NaN;
            }
            double mb = JSON.readTree(response.body())
                            .path("measurements")
                            .path(0)
                            .path("value")
                            .asDouble()
                    / (1024 * 1024);
            return mb;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    double maxHeapMb() {
        return maxHeapMb;
    }

    /** SIGKILL: no shutdown hook, nothing handed back. */
    void kill() throws InterruptedException {
        Process p = process;
        if (p != null) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM, Spring's graceful shutdown, then SIGKILL if it has not exited in a minute. */
    @Override
    public void close() throws InterruptedException {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
