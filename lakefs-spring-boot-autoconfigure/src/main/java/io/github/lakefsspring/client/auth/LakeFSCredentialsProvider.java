package io.github.lakefsspring.client.auth;

import java.time.Duration;

/**
 * Supplies the credentials a lakeFS client authenticates with. A bean of this type replaces the credentials the
 * starter would build from {@code lakefs.*}, the lakectl environment variables or the lakectl file.
 *
 * <p>The client asks once, on its first request, and again only when the credentials it holds near their expiry
 * (five minutes before, or a fifth of their lifetime for short-lived ones) or lakeFS refused them with 401; one
 * thread asks at a time and the others wait for its answer. A provider therefore need not cache: it returns fresh
 * credentials each time it is asked, using {@link LakeFSLogin} when it exchanges something for a token.
 *
 * <pre>{@code
 * LakeFSClientSettings settings = LakeFSClientSettings.of("https://lakefs.example.com",
 *         LakeFSCredentialsProvider.login(accessKeyId, secretAccessKey));
 * }</pre>
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface LakeFSCredentialsProvider {

    /**
     * @param login lakeFS's login operations, on the asking client's transport
     * @return credentials to authenticate the next requests with
     */
    LakeFSCredentials credentials(LakeFSLogin login);

    /**
     * An access key pair sent with every request (HTTP basic authentication), as lakectl does.
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return the provider
     */
    static LakeFSCredentialsProvider accessKeys(String accessKeyId, String secretAccessKey) {
        return new StaticCredentialsProvider(new LakeFSCredentials.AccessKeys(accessKeyId, secretAccessKey));
    }

    /**
     * A token obtained elsewhere ({@code LAKECTL_CREDENTIALS_SESSION_TOKEN}), sent as is; it is never refreshed.
     * @param token the token
     * @return the provider
     */
    static LakeFSCredentialsProvider sessionToken(String token) {
        return new StaticCredentialsProvider(new LakeFSCredentials.Token(token, null));
    }

    /**
     * An access key pair exchanged for a login token ({@code POST /auth/login}), exchanged again before the token
     * expires: the keys then cross the network once per token instead of with every request.
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return the provider
     */
    static LakeFSCredentialsProvider login(String accessKeyId, String secretAccessKey) {
        return new LoginTokenCredentialsProvider(new LakeFSCredentials.AccessKeys(accessKeyId, secretAccessKey));
    }

    /**
     * The AWS identity of the AWS SDK's default credentials chain, proven to lakeFS with a presigned STS
     * {@code GetCallerIdentity} request ({@code POST /auth/external/principal/login}), as lakectl and the Python
     * SDK's {@code aws_iam} provider do. Needs the AWS SDK for Java v2 ({@code software.amazon.awssdk:auth}).
     * @param settings lifetimes, extra headers and the STS endpoint
     * @return the provider
     */
    static LakeFSCredentialsProvider awsIam(AwsIamSettings settings) {
        return new AwsIamCredentialsProvider(settings, AwsIdentityTokens.defaultCredentials());
    }

    /**
     * An authorization code from an OpenID Connect identity provider exchanged for a token ({@code POST
     * /sts/login}), as the Python SDK's {@code from_web_identity} does.
     * @param code the authorization code
     * @param state the state sent with the authorization request
     * @param redirectUri the redirect URI of the authorization request
     * @param lifetime how long the token should be valid
     * @return the provider
     */
    static LakeFSCredentialsProvider webIdentity(String code, String state, String redirectUri, Duration lifetime) {
        return new WebIdentityCredentialsProvider(code, state, redirectUri, lifetime);
    }

}
