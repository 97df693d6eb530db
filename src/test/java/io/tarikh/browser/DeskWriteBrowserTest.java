package io.tarikh.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tarikh.api.security.WithApiKeys;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The desk's write side where API keys are configured: the page asks for a key, then sends it as X-API-Key. */
@QuarkusTest
@TestProfile(WithApiKeys.class)
class DeskWriteBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void anArticlePostedFromThePageNeedsTheKeyAndOpensAnalysed() {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            DeskPage desk = new DeskPage(chromium, root);
            desk.open("?view=write");
            WebElement form = desk.driver().findElement(By.id("article-form"));
            String text = "قال مسؤول في وزارة الخارجية أمس الاثنين إن الاجتماع المقبل سيعقد في الأول من آب المقبل. رقم " + System.nanoTime();
            form.findElement(By.name("text")).sendKeys(text);
            desk.script("arguments[0].value = '2017-06-27'", form.findElement(By.name("publishedAt")));
            form.findElement(By.cssSelector("button[type=submit]")).click();

            WebDriverWait wait = new WebDriverWait(desk.driver(), Duration.ofSeconds(30));
            wait.until(d -> !form.findElements(By.cssSelector(".out .error")).isEmpty());
            WebElement key = form.findElement(By.name("apiKey"));
            assertEquals(key, desk.driver().switchTo().activeElement(), "the page asks for the key");
            List<String> errors = chromium.consoleErrors();
            assertTrue(errors.stream().allMatch(e -> e.contains("status of 401")), errors.toString());

            key.sendKeys(WithApiKeys.KEY);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(d -> d.getCurrentUrl().contains("article="));
            desk.awaitReady();
            String id = desk.driver().getCurrentUrl().replaceAll(".*article=([^&]+).*", "$1");
            List<String> marked = desk.driver().findElements(By.cssSelector("#panel .article-text mark.expr")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(marked.isEmpty(), "the article's expressions are highlighted");
            assertEquals(given().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath()
                    .getList("expressions.text", String.class), marked);
            assertTrue(desk.driver().findElement(By.id("panel")).getText().contains("2017-06-27"), "its publication date");
            assertEquals(List.of(), chromium.consoleErrors());
            chromium.screenshot("desk-posted-article");

            given().header("X-API-Key", WithApiKeys.KEY).delete("/api/v1/articles/" + id).then().statusCode(204);
        }
    }
}
