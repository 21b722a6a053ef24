package io.github.lakefsspring.client.auth;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * lakeFS's login operations, which turn what a {@link LakeFSCredentialsProvider} holds into a token. The client
 * hands its own to the provider: they use the client's transport and retries and send no credentials, as lakeFS
 * requires none for them.
 *
 * @since 0.2.0
 */
public interface LakeFSLogin {

    /** @return the lakeFS server URL the client talks to (its host is the {@code X-LakeFS-Server-ID} of AWS IAM) */
    URI endpoint();

    /**
     * {@code POST /auth/login}: an access key pair for a login token.
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return the token, with the expiry lakeFS gave it
     */
    LakeFSCredentials.Token login(String accessKeyId, String secretAccessKey);

    /**
     * {@code POST /auth/external/principal/login}: an identity proven to an external provider (AWS IAM) for a token.
     * @param identityToken the identity token, as the provider's scheme builds it
     * @param lifetime how long the token should be valid, or {@code null} for the server's default
     * @return the token
     */
    LakeFSCredentials.Token externalPrincipalLogin(String identityToken, @Nullable Duration lifetime);

    /**
     * {@code POST /sts/login}: a code an OpenID Connect identity provider issued for a token.
     * @param code the authorization code
     * @param state the state sent with the authorization request
     * @param redirectUri the redirect URI of the authorization request
     * @param lifetime how long the token should be valid, or {@code null} for the server's default
     * @return the token
     */
    LakeFSCredentials.Token stsLogin(String code, String state, String redirectUri, @Nullable Duration lifetime);

}
