package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.github.lakefsspring.embedded.server.http.ApiException;

/**
 * Decides who a request acts as, as lakeFS's authentication middleware does: a {@code Bearer} login
 * token or HTTP Basic access keys. A request without usable credentials is anonymous (the operation
 * then answers 401 itself unless it is public); wrong credentials are 401 at once.
 */
public final class Authenticator {

    /** The message lakeFS answers every authentication failure with. */
    public static final String FAILURE_MESSAGE = "error authenticating request";

    private final Credentials credentials;

    private final LoginTokens tokens;

    private final Principal user;

    public Authenticator(Credentials credentials, LoginTokens tokens, Principal user) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.user = user;
    }

    /**
     * @param authorization every {@code Authorization} header sent (the first one counts)
     * @return the user, or empty for an anonymous request
     * @throws ApiException 401 for credentials that do not match
     */
    public Optional<Principal> authenticate(List<String> authorization) {
        if (authorization.isEmpty() || authorization.get(0).isEmpty()) {
            return Optional.empty();
        }
        String header = authorization.get(0);
        String[] fields = header.trim().split("\\s+");
        if (fields.length == 2 && fields[0].equalsIgnoreCase("Bearer")) {
            return Optional.of(tokens.verify(fields[1]).filter(user.username()::equals).map(name -> user)
                    .orElseThrow(Authenticator::failure));
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        if (!credentials.matches(decoded.substring(0, colon), decoded.substring(colon + 1))) {
            throw failure();
        }
        return Optional.of(user);
    }

    /** @return whether the pair is this server's, for {@code POST /auth/login} */
    public boolean isValid(String accessKeyId, String secretAccessKey) {
        return credentials.matches(accessKeyId, secretAccessKey);
    }

    /** @return a login token for the user */
    public LoginTokens.Token login() {
        return tokens.issue(user.username());
    }

    public static ApiException failure() {
        return new ApiException(401, FAILURE_MESSAGE);
    }

}
