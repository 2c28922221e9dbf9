package dev.penny.channels.desk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The help desk ({@code penny.desk.*}).
 *
 * @param identitySecret the secret the host site's server signs visitors' user ids with (HMAC-SHA256, hex), env
 *     PENNY_IDENTITY_SECRET; empty (the default): no identity is verified, and agents see every one as unverified
 * @param hours when people answer; without them, at all hours
 */
@ConfigurationProperties("penny.desk")
public record DeskProperties(String identitySecret, BusinessHoursProperties hours) {

    public DeskProperties {
        identitySecret = identitySecret == null ? "" : identitySecret;
        hours = hours == null ? new BusinessHoursProperties(null, null, null) : hours;
    }
}
