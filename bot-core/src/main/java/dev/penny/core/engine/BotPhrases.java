package dev.penny.core.engine;

/**
 * What the bot says when it is not quoting the FAQ or an LLM; one set per locale.
 *
 * @param didYouMean introduces a choice between close intents; the FAQ titles follow as quick replies
 * @param connecting tells the visitor a person will take over
 * @param noAgentOnline tells the visitor nobody is online and invites them to leave a message and email address
 * @param agentJoined announces that an agent took the conversation
 * @param backToBot announces that the agent handed the conversation back to the bot
 * @param closed announces that the conversation was closed
 * @param queueFull tells the visitor the queue for a person is full and invites them to leave a message and email
 *     address
 */
public record BotPhrases(
        String didYouMean,
        String connecting,
        String noAgentOnline,
        String agentJoined,
        String backToBot,
        String closed,
        String queueFull) {

    /** The English phrases. */
    public static BotPhrases english() {
        return new BotPhrases(
                "Did you mean one of these?",
                "I'll connect you with a person. Someone will be with you shortly.",
                "I'll pass this on to a person, but nobody is available right now. Leave a message and your email"
                        + " address, and we'll answer by email.",
                "An agent has joined the conversation.",
                "The agent has handed you back to me. How else can I help?",
                "This conversation has been closed.",
                "Everyone on our team is busy with other visitors right now. Leave a message and your email address,"
                        + " and we'll answer by email.");
    }
}
