package dev.penny.channels.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode, {@code penny.demo} (env {@code PENNY_DEMO}).
 *
 * @param demo true to accept the demo accounts and serve the demo bank's page at /; for trying Penny on
 *     one's own machine, never on a public address
 */
@ConfigurationProperties("penny")
public record DemoProperties(boolean demo) {}
