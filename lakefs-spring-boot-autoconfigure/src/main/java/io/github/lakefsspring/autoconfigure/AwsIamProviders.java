package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.client.auth.AwsIamSettings;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

import org.springframework.util.ClassUtils;

/**
 * Builds the AWS IAM credentials provider when the AWS SDK for Java v2 is there, and says what to add when it is
 * not.
 */
final class AwsIamProviders {

    private static final String[] REQUIRED = { "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider",
            "software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner",
            "software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain" };

    private AwsIamProviders() {
    }

    /**
     * @param settings the AWS IAM settings
     * @param configuredBy what asked for AWS IAM, for the message
     */
    static LakeFSCredentialsProvider create(AwsIamSettings settings, String configuredBy) {
        ClassLoader classLoader = AwsIamProviders.class.getClassLoader();
        for (String type : REQUIRED) {
            if (!ClassUtils.isPresent(type, classLoader)) {
                throw new LakeFSConfigurationException(configuredBy + " asks for AWS IAM authentication, which "
                        + "needs the AWS SDK for Java v2, but " + type + " is not on the class path.",
                        "Add software.amazon.awssdk:auth, software.amazon.awssdk:http-auth-aws and "
                                + "software.amazon.awssdk:regions (or software.amazon.awssdk:s3, which brings them).");
            }
        }
        return LakeFSCredentialsProvider.awsIam(settings);
    }

}
