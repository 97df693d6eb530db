package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tarikh.store.ArticleEntity;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** An unexpected failure (here a database error with SQL in its message) answers a bare 500 problem. */
@QuarkusTest
class InternalFailureTest {

    static final String SECRET_SQL = "could not execute statement [select clean_text from article where id=?] [SQL: jdbc:h2:mem:tarikh-test]";

    @Test
    void unexpectedFailureIs500ProblemWithoutInternals() {
        QuarkusMock.installMockForType(new ArticleMapper(new ObjectMapper(), null, null) {
            @Override
            public ArticleDto toDto(ArticleEntity a) {
                throw new PersistenceException(SECRET_SQL, new IllegalStateException("org.h2.jdbc.JdbcSQLException"));
            }
        }, ArticleMapper.class);
        String body = given().get("/api/v1/articles/000_929c0f77bcde9703")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("title", equalTo("Internal Server Error"))
                .extract().asString();
        for (String leak : new String[] {"select", "SQL", "jdbc", "Exception", "org.", "at io."}) {
            org.hamcrest.MatcherAssert.assertThat(body, not(containsString(leak)));
        }
    }
}
