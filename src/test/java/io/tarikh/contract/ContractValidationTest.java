package io.tarikh.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The validation every REST Assured call of the suite goes through is installed, and refuses what breaks the document. */
@QuarkusTest
class ContractValidationTest {

    private final ContractValidation contract = new ContractValidation();

    @Test
    void everyRestAssuredCallIsValidated() {
        given().get("/api/v1/events/astana-4").then().statusCode(200);
        assertTrue(RestAssured.filters().stream().anyMatch(ContractValidation.class::isInstance), RestAssured.filters()::toString);
    }

    @Test
    void conformingAnswersPass() {
        String body = given().get("/api/v1/events/astana-4").then().statusCode(200).extract().asString();
        assertEquals(Optional.empty(), contract.check("GET", "/api/v1/events/astana-4", 200, "application/json", body));
        assertEquals(Optional.empty(), contract.check("GET", "/api/v1/nope", 404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"));
    }

    @Test
    void answersThatBreakTheDocumentFail() {
        String event = given().get("/api/v1/events/astana-4").then().statusCode(200).extract().asString();
        // a wrong type, a missing required field, a value outside an enum, an undeclared success, a problem without status
        assertTrue(contract.check("GET", "/api/v1/events/astana-4", 200, "application/json", event.replaceFirst("\"sourceCount\":\\d+", "\"sourceCount\":\"many\"")).isPresent());
        assertTrue(contract.check("GET", "/api/v1/events/astana-4", 200, "application/json", event.replaceFirst("\"sourcesUrl\":\"[^\"]*\",?", "")).isPresent());
        assertTrue(contract.check("GET", "/api/v1/events/astana-4", 200, "application/json", event.replace("\"TALKS\"", "\"CHAT\"")).isPresent());
        assertTrue(contract.check("GET", "/api/v1/events/astana-4", 201, "application/json", event).isPresent());
        assertTrue(contract.check("GET", "/api/v1/events/nope", 404, "application/problem+json", "{\"title\":\"Not Found\"}").isPresent());
        String vis = given().get("/api/v1/timeline/vis").then().statusCode(200).extract().asString();
        assertTrue(contract.check("GET", "/api/v1/timeline/vis", 200, "application/json", vis.replaceFirst("\"className\":\"[^\"]*\",", "")).isPresent());
    }
}
