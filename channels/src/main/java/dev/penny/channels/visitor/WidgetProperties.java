package dev.penny.channels.visitor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the server tells every widget about keeping a conversation, {@code penny.widget.*}.
 *
 * @param forgetOnClose true: widgets forget the conversation's resume token once an agent closes the conversation,
 *     so the next person at a shared computer cannot resume it; a page may ask for this alone with the script tag's
 *     data-penny-forget="closed"
 */
@ConfigurationProperties("penny.widget")
public record WidgetProperties(boolean forgetOnClose) {}
