package io.github.lakefsspring.client;

/**
 * The client's name and version as sent in {@code X-Lakefs-Client}, read from the jar's manifest.
 */
final class ClientVersion {

    private static final String USER_AGENT = "lakefs-spring-boot/" + version();

    private ClientVersion() {
    }

    static String userAgent() {
        return USER_AGENT;
    }

    private static String version() {
        String version = ClientVersion.class.getPackage().getImplementationVersion();
        return (version != null) ? version : "dev";
    }

}
