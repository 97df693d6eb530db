package io.tarikh.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.10.20.30", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
    void loopbackPeers(String address) {
        assertTrue(Loopback.isLoopback(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.7", "192.168.1.2", "172.17.0.1", "128.0.0.1", "fe80::1", "::", "0.0.0.0",
            "localhost", "example.com", "", " "})
    void otherPeers(String address) {
        assertFalse(Loopback.isLoopback(address), address);
    }

    @org.junit.jupiter.api.Test
    void keysCompareExactly() {
        ApiKeys keys = new ApiKeys(java.util.Optional.of(java.util.List.of("alpha", " beta ", "")));
        assertTrue(keys.configured());
        assertTrue(keys.accepts("alpha"));
        assertTrue(keys.accepts("beta"));
        assertFalse(keys.accepts("alph"));
        assertFalse(keys.accepts(""));
        assertFalse(new ApiKeys(java.util.Optional.empty()).configured());
    }
}
