package dev.penny.channels.e2e;

import static dev.penny.channels.e2e.CatalogNode.port;

import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Penny nodes of one test class on one Redis, started alike and stopped together. The catalog keys are cleared
 * first, so both nodes serve the catalog the test starts them with, whatever an earlier test published.
 */
public record TwoNodes(ConfigurableApplicationContext a, ConfigurableApplicationContext b) implements AutoCloseable {

    /** Starts two nodes with {@code node}; when the second does not start, the first is stopped. */
    public static TwoNodes start(Supplier<ConfigurableApplicationContext> node) {
        CatalogKeys.clear();
        ConfigurableApplicationContext a = node.get();
        try {
            return new TwoNodes(a, node.get());
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    public int portA() {
        return port(a);
    }

    public int portB() {
        return port(b);
    }

    @Override
    public void close() {
        try {
            a.close();
        } finally {
            b.close();
        }
    }
}
