package dev.penny.channels.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Penny on a random port with the browser catalog and two agents, ann and ben; two host sites on their own origins, one of
 * them allowed to embed the widget. Every test gets fresh browsers, closed after it. The browser test classes share
 * one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/browser-bank.yml",
            // the catalog's hundred-odd examples calibrate a threshold well above the choice and FAQ paths these
            // tests walk; they were written for this one
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.rate-limit-messages=50",
            "penny.desk.identity-secret=" + PennyInBrowser.IDENTITY_SECRET,
            // In the annotation, not a dynamic property source: the accounts are checked for the demo password hashes
            // before dynamic properties are added. The whole list in one property source: Spring Boot binds a list
            // from one source, never merged. bcrypt (cost 4) of AGENT_PASSWORD and SECOND_AGENT_PASSWORD.
            "penny.agents[0].username=" + PennyInBrowser.AGENT,
            "penny.agents[0].roles=AGENT",
            "penny.agents[0].password-hash=" + PennyInBrowser.AGENT_HASH,
            "penny.agents[1].username=" + PennyInBrowser.SECOND_AGENT,
            "penny.agents[1].password-hash=" + PennyInBrowser.SECOND_AGENT_HASH,
            // Selenium has no CDP bindings for Debian's newer Chromium; the tests use none but its raw commands.
            "logging.level.org.openqa.selenium.devtools=ERROR",
            "logging.level.org.openqa.selenium.chromium=ERROR",
        })
abstract class PennyInBrowser {

    static final String AGENT = "ann";
    /** What the shop's server signs its users' ids with. */
    static final String IDENTITY_SECRET = "browser-shop-identity-secret";

    static final String AGENT_PASSWORD = "ann-browser-password";
    static final String SECOND_AGENT = "ben";
    static final String SECOND_AGENT_PASSWORD = "ben-browser-password";
    static final String AGENT_HASH = "$2a$04$qVXta5bowqB.3RhcATWC3.4GQhpdAuZryLDhTkhhIf79f//bBCZpu";
    static final String SECOND_AGENT_HASH = "$2a$04$n1pjRljnlFfr6ULvpU4fhuzPST78Ds/yE2MdD37/tDD8VRbgrJHum";

    /** A site allowed to embed the widget. */
    static final HostSite SHOP = HostSite.start();

    /** A site that is not. */
    static final HostSite STRANGER = HostSite.start();

    @DynamicPropertySource
    static void sites(DynamicPropertyRegistry registry) {
        registry.add("penny.limits.allowed-origins", SHOP::origin);
    }

    /**
     * The two agents and a third account, {@code username} with {@code role}: for a class whose test signs in as an
     * editor or a lead. Spring Boot binds a list from one property source, so this one repeats the annotation's two
     * accounts. A class that adds an account gets an application of its own, apart from the browser tests that expect
     * the catalog unedited.
     */
    static void agentsAnd(DynamicPropertyRegistry registry, String username, String role, String password) {
        registry.add("penny.agents[0].username", () -> AGENT);
        registry.add("penny.agents[0].roles", () -> "AGENT");
        registry.add("penny.agents[0].password-hash", () -> AGENT_HASH);
        registry.add("penny.agents[1].username", () -> SECOND_AGENT);
        registry.add("penny.agents[1].password-hash", () -> SECOND_AGENT_HASH);
        registry.add("penny.agents[2].username", () -> username);
        registry.add("penny.agents[2].roles", () -> role);
        registry.add("penny.agents[2].password-hash", () -> new BCryptPasswordEncoder(4).encode(password));
    }

    @LocalServerPort
    int port;

    private final List<WebDriver> browsers = new ArrayList<>();

    WidgetOnPage visitorOn(String options) {
        WebDriver driver = remember(Chromium.desktop());
        return new WidgetOnPage(driver, port).load(SHOP.page(port, options));
    }

    AgentConsole agent() {
        return AgentConsole.signIn(remember(Chromium.desktop()), port, AGENT, AGENT_PASSWORD);
    }

    AgentConsole secondAgent() {
        return AgentConsole.signIn(remember(Chromium.desktop()), port, SECOND_AGENT, SECOND_AGENT_PASSWORD);
    }

    <T extends WebDriver> T remember(T driver) {
        browsers.add(driver);
        return driver;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }
}
