package dev.penny.core.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the bot says when it is not quoting the FAQ or an LLM, and what a visitor says to ask for a person; one set per
 * locale, from a {@link Phrasebook}.
 *
 * @param didYouMean introduces a choice between close intents; the FAQ titles follow as quick replies
 * @param connecting tells the visitor a person will take over
 * @param noAgentOnline tells the visitor nobody is online and invites them to leave a message and email address
 * @param agentJoined announces that an agent took the conversation
 * @param backToBot announces that the agent handed the conversation back to the bot
 * @param closed announces that the conversation was closed
 * @param queueFull tells the visitor the queue for a person is full and invites them to leave a message and email
 *     address
 * @param articleCovers introduces an excerpt of the article passage that answers the question, when there is no LLM;
 *     the passage's title, as a link, and the excerpt follow
 * @param askForPerson phrases that mean "a person, please" in this language (see {@code
 *     PolicySettings#handoffPhrases})
 */
public record BotPhrases(
        String didYouMean,
        String connecting,
        String noAgentOnline,
        String agentJoined,
        String backToBot,
        String closed,
        String queueFull,
        String articleCovers,
        List<String> askForPerson) {

    /** The English {@code articleCovers} phrase, for phrase books that have none. */
    public static final String ARTICLE_COVERS = "This article covers it:";

    /** Phrases with the English {@code articleCovers}. */
    public BotPhrases(
            String didYouMean,
            String connecting,
            String noAgentOnline,
            String agentJoined,
            String backToBot,
            String closed,
            String queueFull,
            List<String> askForPerson) {
        this(
                didYouMean,
                connecting,
                noAgentOnline,
                agentJoined,
                backToBot,
                closed,
                queueFull,
                ARTICLE_COVERS,
                askForPerson);
    }

    public BotPhrases {
        Objects.requireNonNull(didYouMean, "didYouMean");
        Objects.requireNonNull(connecting, "connecting");
        Objects.requireNonNull(noAgentOnline, "noAgentOnline");
        Objects.requireNonNull(agentJoined, "agentJoined");
        Objects.requireNonNull(backToBot, "backToBot");
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(queueFull, "queueFull");
        Objects.requireNonNull(articleCovers, "articleCovers");
        askForPerson = List.copyOf(askForPerson);
    }

    /** The English phrases shipped with Penny. */
    public static BotPhrases english() {
        return new BundledPhrasebook().phrases(Locale.ENGLISH);
    }
}
