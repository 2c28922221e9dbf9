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
 * @param outsideHours tells the visitor it is outside business hours and invites them to leave a message and email
 *     address
 * @param transferred announces that another agent took over the conversation
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
        List<String> askForPerson,
        String outsideHours,
        String transferred) {

    /** The English {@code articleCovers} phrase, for phrase books that have none. */
    public static final String ARTICLE_COVERS = "This article covers it:";

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
        Objects.requireNonNull(outsideHours, "outsideHours");
        Objects.requireNonNull(transferred, "transferred");
    }

    /**
     * Phrases without their own words for articles and the desk: an excerpt is introduced in English, outside business
     * hours the visitor reads {@code noAgentOnline}, and a transfer is announced as {@code agentJoined}.
     */
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
                askForPerson,
                noAgentOnline,
                agentJoined);
    }

    /** The English phrases shipped with Penny. */
    public static BotPhrases english() {
        return new BundledPhrasebook().phrases(Locale.ENGLISH);
    }
}
