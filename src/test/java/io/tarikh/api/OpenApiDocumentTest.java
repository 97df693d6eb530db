package io.tarikh.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Other services generate their clients from the committed openapi/openapi.yaml, so it must be
 * exactly what the service serves. After an API change: ./mvnw package -DskipTests (the build
 * stores the document there), review the diff and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @ParameterizedTest
    @CsvSource({"yaml, application/yaml", "json, application/json"})
    void committedDocumentMatchesTheServedOne(String extension, String mediaType) throws Exception {
        String served = given().accept(mediaType).get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of("openapi/openapi." + extension);
        Path servedCopy = Path.of("target/openapi-served." + extension);
        Files.createDirectories(servedCopy.getParent());
        Files.writeString(servedCopy, served, StandardCharsets.UTF_8);
        // Compared as trees: the generator does not promise the same key order from one build to the next.
        ObjectMapper mapper = extension.equals("yaml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        assertEquals(mapper.readTree(committed.toFile()), mapper.readTree(served),
                committed + " is stale: regenerate it with ./mvnw package -DskipTests and commit it (served copy in " + servedCopy + ")");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
