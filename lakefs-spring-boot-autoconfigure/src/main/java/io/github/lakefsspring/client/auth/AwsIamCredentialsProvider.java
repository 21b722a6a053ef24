package io.github.lakefsspring.client.auth;

import java.util.Objects;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The AWS identity of an AWS SDK credentials provider, proven to lakeFS with a presigned STS
 * {@code GetCallerIdentity} request for each token ({@code POST /auth/external/principal/login}).
 *
 * @since 0.2.0
 */
public final class AwsIamCredentialsProvider implements LakeFSCredentialsProvider {

    private final AwsIamSettings settings;

    private final AwsCredentialsProvider awsCredentials;

    /**
     * @param settings lifetimes, extra headers and the STS endpoint
     * @param awsCredentials where the AWS identity comes from, e.g. the SDK's default chain
     */
    public AwsIamCredentialsProvider(AwsIamSettings settings, AwsCredentialsProvider awsCredentials) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.awsCredentials = Objects.requireNonNull(awsCredentials, "awsCredentials");
    }

    @Override
    public LakeFSCredentials credentials(LakeFSLogin login) {
        String host = login.endpoint().getHost();
        String identityToken = AwsIdentityTokens.identityToken(this.awsCredentials.resolveCredentials(),
                AwsIdentityTokens.stsEndpoint(this.settings.stsEndpoint()), this.settings.headersFor(host),
                this.settings.presignedUrlLifetime());
        return login.externalPrincipalLogin(identityToken, this.settings.tokenLifetime());
    }

    @Override
    public String toString() {
        return "AWS IAM identity (token lifetime " + this.settings.tokenLifetime() + ")";
    }

}
