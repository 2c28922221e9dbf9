package dev.penny.core.engine;

import dev.penny.core.policy.PolicySettings;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The phrases in the {@code dev/penny/core/engine/BotPhrases*.properties} bundles on the class path: English (the
 * base bundle) and Korean ship with Penny, and a {@code BotPhrases_xx.properties} added to the class path adds a
 * language. The JVM's default locale plays no part: a locale without a bundle gets English. A bundle without {@code
 * askForPerson} gets {@link PolicySettings#ENGLISH_HANDOFF_PHRASES}.
 */
public final class BundledPhrasebook implements Phrasebook {

    private static final String BUNDLE = "dev.penny.core.engine.BotPhrases";

    @Override
    public BotPhrases phrases(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                BundledPhrasebook.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new BotPhrases(
                bundle.getString("didYouMean"),
                bundle.getString("connecting"),
                bundle.getString("noAgentOnline"),
                bundle.getString("agentJoined"),
                bundle.getString("backToBot"),
                bundle.getString("closed"),
                bundle.getString("queueFull"),
                bundle.containsKey("articleCovers") ? bundle.getString("articleCovers") : BotPhrases.ARTICLE_COVERS,
                askForPerson(bundle),
                bundle.containsKey("outsideHours")
                        ? bundle.getString("outsideHours")
                        : bundle.getString("noAgentOnline"),
                bundle.containsKey("transferred") ? bundle.getString("transferred") : bundle.getString("agentJoined"));
    }

    private static List<String> askForPerson(ResourceBundle bundle) {
        if (!bundle.containsKey("askForPerson")) {
            return PolicySettings.ENGLISH_HANDOFF_PHRASES;
        }
        return Arrays.stream(bundle.getString("askForPerson").split("\\|"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
