package io.tarikh.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured API keys ({@code tarikh.api-keys}, comma-separated; env {@code TARIKH_API_KEYS}).
 * Keys are kept as SHA-256 digests and compared with {@link MessageDigest#isEqual}, checking every
 * key, so the time taken says nothing about how much of a key was right or which key matched.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> digests;

    public ApiKeys(@ConfigProperty(name = "tarikh.api-keys") Optional<List<String>> keys) {
        this.digests = keys.orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(ApiKeys::sha256)
                .toList();
    }

    public boolean configured() {
        return !digests.isEmpty();
    }

    public boolean accepts(String presented) {
        byte[] candidate = sha256(presented);
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(key, candidate);
        }
        return match;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
