package io.github.lakefsspring.client.auth;

import java.time.Duration;

/**
 * An OpenID Connect authorization code exchanged for a token ({@code POST /sts/login}). Identity providers usually
 * accept a code once: when the token expires the same code is sent again, and lakeFS's refusal then names the
 * failure (a {@code NotAuthorizedException}); supply a provider of your own to obtain new codes.
 *
 * @param code the authorization code; never shown by {@link #toString()}
 * @param state the state sent with the authorization request
 * @param redirectUri the redirect URI of the authorization request
 * @param lifetime how long each token should be valid (lakeFS allows up to 12 hours)
 * @since 0.2.0
 */
public record WebIdentityCredentialsProvider(String code, String state, String redirectUri, Duration lifetime)
        implements LakeFSCredentialsProvider {

    public WebIdentityCredentialsProvider {
        requireText("code", code);
        requireText("state", state);
        requireText("redirect URI", redirectUri);
        if (lifetime == null || lifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("Web identity token lifetime " + lifetime
                    + " is invalid: it must be at least 1 second");
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Web identity " + name + " must not be empty");
        }
    }

    @Override
    public LakeFSCredentials credentials(LakeFSLogin login) {
        return login.stsLogin(this.code, this.state, this.redirectUri, this.lifetime);
    }

    @Override
    public String toString() {
        return "web identity (code ******, redirect URI " + this.redirectUri + ", token lifetime " + this.lifetime
                + ")";
    }

}
