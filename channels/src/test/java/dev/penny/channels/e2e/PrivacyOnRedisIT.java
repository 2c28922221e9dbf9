package dev.penny.channels.e2e;

import static dev.penny.channels.e2e.CatalogNode.port;

import dev.penny.channels.PennyApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The privacy API on real Redis with two nodes: visitors chat on one, privacy requests go to the other, and after an
 * erase a SCAN finds no key of the conversation and no shared entry naming it.
 */
class PrivacyOnRedisIT extends PrivacyScenarios {

    private static ConfigurableApplicationContext visitors;
    private static ConfigurableApplicationContext office;

    @BeforeAll
    static void startTwoNodes() {
        CatalogKeys.clear();
        visitors = start();
        office = start();
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {visitors, office}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Override
    int visitorNode() {
        return port(visitors);
    }

    @Override
    int privacyNode() {
        return port(office);
    }

    @Override
    List<String> keysOf(String conversationId) {
        List<String> found = new ArrayList<>();
        try (Jedis jedis = new Jedis(URI.create(TwoNodesOnRedisIT.redisUrl()))) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = jedis.scan(
                        cursor,
                        new ScanParams()
                                .match("penny:conversation:{" + conversationId + "}*")
                                .count(1000));
                found.addAll(page.getResult());
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            for (String shared : List.of(
                    "penny:handoff:left-messages", "penny:learning:missed-questions-by-age", "penny:handoff:queue")) {
                jedis.zrange(shared, 0, -1).stream()
                        .filter(member -> member.contains(conversationId))
                        .forEach(member -> found.add(shared + " " + member));
            }
        }
        return found;
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PennyApplication.class)
                .run(
                        "--server.port=0",
                        "--penny.catalog=classpath:catalog/test-bank.yml",
                        "--penny.policy.min-answer-confidence=0.6",
                        "--penny.redis.url=" + TwoNodesOnRedisIT.redisUrl(),
                        "--penny.llm.base-url=",
                        "--penny.agents[0].username=alice",
                        "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
                        "--penny.agents[0].roles=AGENT",
                        "--penny.agents[1].username=" + PIA,
                        "--penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
                        "--penny.agents[1].roles=" + PRIVACY_OFFICER_ROLES);
    }
}
