package io.tarikh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tarikh.api.security.WithApiKeys;
import io.tarikh.client.api.ArticlesApi;
import io.tarikh.client.model.ArticleRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The generated client with API keys configured: the key goes in X-API-Key, as the document's ApiKey scheme says. */
@QuarkusTest
@TestProfile(WithApiKeys.class)
class OpenApiClientApiKeyTest {

    @TestHTTPResource("/")
    URI root;

    private ArticlesApi articles(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceAll("/$", ""));
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        }
        return new ArticlesApi(client);
    }

    @Test
    void writesCarryTheKeyReadsNeedNone() throws ApiException {
        ArticleRequest request = new ArticleRequest().text("نص يرسله عميل مولد مع مفتاح " + System.nanoTime());
        ApiException missing = assertThrows(ApiException.class, () -> articles(null).createArticle(request));
        assertEquals(401, missing.getCode());
        ApiException wrong = assertThrows(ApiException.class, () -> articles("nope").createArticle(request));
        assertEquals(403, wrong.getCode());
        assertEquals(201, articles(WithApiKeys.KEY).createArticleWithHttpInfo(request).getStatusCode());
        assertEquals(2, articles(null).listArticles(0, 2, null).getItems().size());
    }
}
