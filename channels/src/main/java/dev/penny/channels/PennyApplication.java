package dev.penny.channels;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Penny: FAQ answers from a local model, escalation to an LLM or a person only when it is worth it. */
@SpringBootApplication
public class PennyApplication {

    public static void main(String[] args) {
        SpringApplication.run(PennyApplication.class, args);
    }
}
