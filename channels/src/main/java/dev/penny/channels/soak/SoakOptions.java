package dev.penny.channels.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The soak command's arguments.
 *
 * @param nodes Penny processes on the one Redis
 * @param visitors visitors chatting at once, spread across the nodes
 * @param duration how long visitors ask questions (answers still on their way are then waited for)
 * @param faults the faults injected, each once, on a schedule spread over the run
 * @param flood sockets opened from this one address against the first node during the run; 0: none
 * @param catalog the class-path resource of the catalog the nodes serve and the visitors ask from
 * @param json where to write the figures as JSON; null: printed only
 */
record SoakOptions(
        int nodes, int visitors, Duration duration, Set<Fault> faults, int flood, String catalog, Path json) {

    static final String DEMO_CATALOG = "catalog/demo-bank.yml";

    /** A fault the soak injects. */
    enum Fault {
        /** Redis shut down (its append-only file flushed) and started again a few seconds later. */
        REDIS_RESTART,
        /** The LLM answers HTTP 500 for a while. */
        LLM_ERRORS,
        /** One node killed outright (SIGKILL), started again a while later. */
        NODE_KILL;

        String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final String USAGE = "usage: soak [--nodes 2] [--visitors 300] [--minutes 3 | --seconds 30]"
            + " [--faults redis-restart,llm-errors,node-kill] [--flood 2000] [--catalog catalog/demo-bank.yml]"
            + " [--json OUT]";

    SoakOptions {
        if (nodes < 1 || visitors < 1 || duration.isNegative() || duration.isZero() || flood < 0) {
            throw new IllegalArgumentException(USAGE);
        }
    }

    static SoakOptions parse(String[] args) {
        int nodes = 2;
        int visitors = 300;
        Duration duration = Duration.ofMinutes(3);
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        int flood = 0;
        Path json = null;
        String catalog = DEMO_CATALOG;
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(value);
                case "--visitors" -> visitors = Integer.parseInt(value);
                case "--minutes" -> duration = Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60));
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                case "--flood" -> flood = Integer.parseInt(value);
                case "--json" -> json = Path.of(value);
                case "--catalog" -> catalog = value;
                case "--faults" -> {
                    for (String name : value.split(",")) {
                        faults.add(fault(name.strip()));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new SoakOptions(nodes, visitors, duration, faults, flood, catalog, json);
    }

    private static Fault fault(String name) {
        for (Fault fault : Fault.values()) {
            if (fault.wire().equals(name)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("unknown fault " + name + "\n" + USAGE);
    }
}
