package io.tarikh.api.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Two keys configured, as a Secret would provide them through TARIKH_API_KEYS. */
public class WithApiKeys implements QuarkusTestProfile {

    public static final String KEY = "k-2f0c8a1e-right";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tarikh.api-keys", "other-key, " + KEY);
    }
}
