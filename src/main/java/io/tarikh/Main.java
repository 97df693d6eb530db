package io.tarikh;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.tarikh.ingest.Engines;

/**
 * Starts Quarkus with its URI check off: Quarkus's HTTP root handler answers a URI java.net.URI
 * cannot parse (q=%ZZ) with an empty 400 before any route runs, unless the system property
 * vertx.disableURIValidation is set when its recorder class loads, that is before Quarkus starts.
 * api.http.HttpEdge makes the same check and answers with a problem document. Tests set the
 * property in the surefire configuration (pom.xml), as @QuarkusTest does not run this main.
 *
 * <p>It also starts building the engines from their data files while Quarkus starts (Engines).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Engines.startBuilding();
        Quarkus.run(args);
    }
}
