package io.tarikh.browser;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A database of its own for the desk's measurement on a large store, so other tests keep the seed chronology. */
public class DeskAtScale implements QuarkusTestProfile {

    /** The PostgreSQL pass of .ci/run runs the tests with -Dquarkus.test.profile=test,postgres. */
    static boolean onH2() {
        return !System.getProperty("quarkus.test.profile", "test").contains("postgres");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return onH2() ? Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:tarikh-desk-scale;DB_CLOSE_DELAY=-1") : Map.of();
    }
}
