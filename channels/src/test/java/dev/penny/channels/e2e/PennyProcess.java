package dev.penny.channels.e2e;

import dev.penny.channels.PennyApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Penny started in a JVM of its own on the test catalog, in memory and without an LLM, for what only a process shows:
 * a refused start-up's exit code and message.
 */
final class PennyProcess {

    /** How a started Penny ended: its exit code and everything it wrote. */
    record Exit(int code, String output) {}

    private PennyProcess() {}

    /** Runs Penny with these settings added until it stops by itself; fails the test if it is still up after that. */
    static Exit run(int seconds, String... settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                PennyApplication.class.getName(),
                "--server.port=0",
                "--penny.catalog=classpath:catalog/test-bank.yml",
                "--penny.redis.url=",
                "--penny.llm.base-url="));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("Penny neither refused nor stopped within " + seconds + " s");
            }
            return new Exit(
                    process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
