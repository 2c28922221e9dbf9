package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An agent locked out at the sign-in form, in Chromium: a page saying why and when, not a page of JSON. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/browser-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.security.login-failures-per-user=2",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=$2a$10$G2J9R.uuesz2WrH/oe27n.yYuRwTGNRBs9s6JPH9eBnHfBfTFSPsm",
            "penny.agents[0].roles=AGENT",
            "logging.level.org.openqa.selenium.devtools=ERROR",
            "logging.level.org.openqa.selenium.chromium=ERROR",
        })
class SignInFormBrowserIT {

    @LocalServerPort
    int port;

    private final WebDriver driver = Chromium.desktop();

    @AfterEach
    void close() {
        driver.quit();
    }

    @Test
    void a_locked_account_gets_a_page_saying_when_to_try_again() {
        driver.get("http://localhost:" + port + "/console/");
        for (int i = 0; i < 2; i++) {
            signIn("alice", "wrong-" + i);
            wait(d -> d.getCurrentUrl().contains("/login?error"));
        }

        signIn("alice", "agent-one-password");

        String refused = wait(d -> d.findElements(By.id("sign-in-refused")).stream()
                .map(e -> e.getText())
                .findFirst()
                .orElse(null));
        assertThat(refused).contains("try again in 15 min");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Too many failed sign-ins");
        Chromium.screenshot(driver, "sign-in-refused");

        driver.findElement(By.linkText("Back to sign-in")).click();
        wait(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
    }

    private void signIn(String user, String password) {
        wait(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(condition::apply);
    }
}
