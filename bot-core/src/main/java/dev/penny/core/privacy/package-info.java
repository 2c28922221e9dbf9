/**
 * Keeping visitors' personal data out of places it does not need to go, such as LLM providers ({@link
 * dev.penny.core.privacy.PiiMasker}), and handing it over or erasing it when a visitor asks ({@link
 * dev.penny.core.privacy.PersonalData}).
 */
package dev.penny.core.privacy;
