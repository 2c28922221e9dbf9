/**
 * Visitors' requests about their data, under {@code /api/privacy} for accounts with role {@code PRIVACY}: a
 * conversation exported as JSON, a conversation erased, a visitor erased by the email address they left messages
 * with. Every call, refused ones included, writes one audit line ({@link dev.penny.channels.privacy.PrivacyAudit}).
 */
package dev.penny.channels.privacy;
