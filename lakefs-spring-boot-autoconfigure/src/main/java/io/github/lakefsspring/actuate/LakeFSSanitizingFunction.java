package io.github.lakefsspring.actuate;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks lakeFS secrets in {@code /configprops} and {@code /env} whatever {@code show-values} says: secret access
 * keys, the session token, the web identity code and the proxy password under {@code lakefs.*}, and lakectl's
 * secret and token variables.
 *
 * @since 0.1.0
 */
public class LakeFSSanitizingFunction implements SanitizingFunction {

    private static final Set<String> SECRETS = Set.of("lakefs.secret-access-key", "lakefs.secretaccesskey",
            "lakefs.proxy.password", "secretaccesskey", "lakefs_secret_access_key", "lakefs_proxy_password",
            "lakectl_credentials_secret_access_key", "lakefs.session-token", "lakefs.sessiontoken", "sessiontoken",
            "lakefs_session_token", "lakectl_credentials_session_token", "lakefs_credentials_webidentity_code");

    @Override
    public SanitizableData apply(SanitizableData data) {
        String key = data.getLowerCaseKey();
        boolean secret = SECRETS.contains(key) || key.endsWith(".secret-access-key") || key.endsWith("secretaccesskey")
                || key.endsWith("sessiontoken") || (key.startsWith("lakefs") && key.endsWith("identity.code"))
                || (key.startsWith("lakefs") && key.contains("password"));
        return secret ? data.withSanitizedValue() : data;
    }

}
