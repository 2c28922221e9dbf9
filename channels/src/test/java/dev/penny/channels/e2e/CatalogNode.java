package dev.penny.channels.e2e;

import dev.penny.channels.PennyApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A Penny node on Redis with the small test catalog, an agent (alice) and a catalog owner (olivia). */
public final class CatalogNode implements AutoCloseable {

    final ConfigurableApplicationContext context;

    private CatalogNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static CatalogNode start(String redisUrl, String... more) {
        return new CatalogNode(run(redisUrl, more));
    }

    /** Runs such a node; {@code more} are command-line arguments that replace or add to the defaults. */
    public static ConfigurableApplicationContext run(String redisUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--penny.catalog=classpath:catalog/test-bank.yml",
                // the catalog's hundred-odd examples calibrate a threshold well above the choice and FAQ paths these
                // tests walk; they were written for this one
                "--penny.policy.min-answer-confidence=0.6",
                "--penny.redis.url=" + redisUrl,
                "--penny.llm.base-url=",
                "--penny.publishing.check-every=1s",
                "--penny.agents[0].username=alice",
                "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
                "--penny.agents[0].roles=AGENT",
                "--penny.agents[1].username=" + CatalogEditor.USER,
                "--penny.agents[1].password-hash=" + CatalogEditor.HASH,
                "--penny.agents[1].roles=EDITOR"));
        for (String arg : more) {
            String name = arg.substring(0, arg.indexOf('=') + 1);
            args.removeIf(a -> a.startsWith(name)); // a repeated argument would bind as a list
            args.add(arg);
        }
        return new SpringApplicationBuilder(PennyApplication.class).run(args.toArray(String[]::new));
    }

    public int port() {
        return port(context);
    }

    /** The port a running node's web server listens on. */
    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    CatalogEditor editor() {
        return new CatalogEditor(port(), CatalogEditor.USER, CatalogEditor.PASSWORD);
    }

    @Override
    public void close() {
        context.close();
    }
}
