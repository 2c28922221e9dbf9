package com.example.helpdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Acme Sync's helpdesk: Penny answers the FAQ on the visitor socket, {@link DocsSearchLlm} takes the questions the FAQ
 * answers only loosely, and {@link HelpdeskTickets} opens a ticket whenever a visitor is handed to a person.
 */
@SpringBootApplication
public class HelpdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelpdeskApplication.class, args);
    }
}
