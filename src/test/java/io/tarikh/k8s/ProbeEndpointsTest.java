package io.tarikh.k8s;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paths the Deployment probes answer UP in the running application. */
@QuarkusTest
class ProbeEndpointsTest {

    @Test
    void everyProbePathOfTheDeploymentIsServedAndUp() {
        JsonNode container = Manifests.firstContainer(KubernetesManifestsTest.appDeployment());
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
