package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.security.DemoAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Penny in demo mode with the shipped demo accounts, its front page in Chromium. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.demo=true",
            "penny.catalog=classpath:catalog/browser-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "logging.level.org.openqa.selenium.devtools=ERROR",
            "logging.level.org.openqa.selenium.chromium=ERROR",
        })
class DemoPageBrowserIT {

    @LocalServerPort
    int port;

    private final WebDriver driver = Chromium.desktop();

    @AfterEach
    void close() {
        driver.quit();
    }

    @Test
    void the_front_page_shows_the_bank_with_the_widget_the_demo_notice_and_the_staff_pages() {
        WidgetOnPage widget = new WidgetOnPage(driver, port).load("http://localhost:" + port + "/");

        WebElement notice = driver.findElement(By.id("demo-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText())
                .contains("Demo mode")
                .contains("agent / " + DemoAccounts.PASSWORD)
                .contains("editor / " + DemoAccounts.PASSWORD)
                .contains("lead / " + DemoAccounts.PASSWORD);
        assertThat(driver.findElement(By.id("editor-link")).getDomAttribute("href"))
                .isEqualTo("/editor/");
        assertThat(driver.findElement(By.id("analytics-link")).getDomAttribute("href"))
                .isEqualTo("/analytics/");

        widget.open().ask("How do I change my PIN?");
        assertThat(widget.awaitReply("PIN services").isDisplayed()).isTrue();
        Chromium.screenshot(driver, "demo-page");

        driver.findElement(By.id("console-link")).click();
        widget.until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys("agent");
        driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        widget.until(d -> d.getCurrentUrl().contains("/console/")
                && "Online".equals(d.findElement(By.id("connection")).getText()));
        Chromium.screenshot(driver, "demo-console");
    }
}
