package io.github.lakefsspring.embedded;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** AWS SDK clients of a lakeFS S3 gateway, set up as lakeFS documents: path-style, checksums only when required. */
public final class GatewayClients {

    private GatewayClients() {
    }

    /**
     * @param endpoint the server's root URL (the gateway's endpoint)
     * @param accessKeyId the access key id requests are signed with
     * @param secretAccessKey its secret
     * @return a client
     */
    public static S3Client s3(URI endpoint, String accessKeyId, String secretAccessKey) {
        return S3Client.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId,
                    secretAccessKey)))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();
    }

}
