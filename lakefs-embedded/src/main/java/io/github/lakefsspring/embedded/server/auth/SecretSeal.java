package io.github.lakefsspring.embedded.server.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the secret access keys the server stores (AES-GCM with a key derived from the server's own secret, as
 * lakeFS encrypts them with {@code auth.encrypt.secret_key}), so that the data directory never holds them in
 * clear text.
 */
public final class SecretSeal {

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    private final SecureRandom random = new SecureRandom();

    public SecretSeal(Hmac derivedKey) {
        this.key = new SecretKeySpec(derivedKey.sign("aes-256-gcm"), "AES");
    }

    /** @return the secret, sealed */
    public byte[] seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        this.random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /** @return the secret, or empty when it was sealed with another server secret (or changed) */
    public Optional<String> open(byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, this.key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, NONCE_BYTES)));
            byte[] secret = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return Optional.of(new String(secret, StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            return Optional.empty();
        }
    }

}
