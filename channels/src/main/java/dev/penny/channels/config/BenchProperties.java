package dev.penny.channels.config;

/**
 * The load benchmark's helpers.
 *
 * @param echo whether /ws/echo answers every frame with itself, the benchmark's transport-only baseline
 */
public record BenchProperties(Boolean echo) {

    public BenchProperties {
        echo = echo != null && echo;
    }

    static BenchProperties defaults() {
        return new BenchProperties(null);
    }
}
