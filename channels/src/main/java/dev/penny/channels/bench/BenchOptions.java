package dev.penny.channels.bench;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@code java -jar penny.jar bench} measures.
 *
 * @param visitors concurrent visitors, each on its own WebSocket
 * @param rate questions per second each visitor sends in the open-loop phase
 * @param seconds length of each phase
 * @param url a running Penny's visitor socket ({@code ws://host:port/ws/visitor}); null starts one in-process
 * @param json where to write the figures as JSON, or null
 */
record BenchOptions(int visitors, double rate, int seconds, URI url, Path json) {

    static final String USAGE = "usage: java -jar penny.jar bench [--visitors 100] [--rate 1] [--seconds 30]"
            + " [--url ws://host:port/ws/visitor] [--json OUT]";

    static BenchOptions parse(String[] args) {
        int visitors = 100;
        double rate = 1;
        int seconds = 30;
        URI url = null;
        Path json = null;
        for (int i = 1; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--visitors" -> visitors = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--url" -> url = URI.create(value);
                case "--json" -> json = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1] + "\n" + USAGE);
            }
        }
        if (visitors < 1 || rate <= 0 || seconds < 1) {
            throw new IllegalArgumentException("visitors, rate and seconds must be positive\n" + USAGE);
        }
        return new BenchOptions(visitors, rate, seconds, url, json);
    }

    /** The echo endpoint beside the visitor socket: what the WebSocket stack alone costs. */
    URI echoUrl(URI visitorUrl) {
        return visitorUrl.resolve("/ws/echo");
    }
}
