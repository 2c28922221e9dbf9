package dev.penny.channels;

import dev.penny.channels.bench.ApiBenchCommand;
import dev.penny.channels.bench.BenchCommand;
import dev.penny.channels.replay.ReplayCommand;
import dev.penny.channels.soak.SoakCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Penny: FAQ answers from a local model, escalation to an LLM or a person only when it is worth it. The runnable
 * application is Penny's auto-configuration and nothing else: no component scan, so it gets exactly what an
 * application embedding Penny gets.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PennyApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bench")) {
            BenchCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("api-bench")) {
            ApiBenchCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("replay")) {
            ReplayCommand.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals("soak")) {
            SoakCommand.run(args);
            return;
        }
        SpringApplication.run(PennyApplication.class, args);
    }
}
