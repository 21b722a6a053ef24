package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a key derived from the server's secret, one key per purpose. */
public final class Hmac {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private Hmac(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * A key for one purpose, derived from a secret, so that keys for different purposes differ and no
     * key is stored: tokens and presigned URLs stay valid across restarts with the same credentials.
     */
    public static Hmac derive(String secret, String purpose) {
        return new Hmac(new Hmac(secret.getBytes(StandardCharsets.UTF_8)).sign(purpose));
    }

    public byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
