package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.github.lakefsspring.embedded.server.http.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * Decides who a request acts as, as lakeFS's authentication middleware does: a {@code Bearer} login token or
 * HTTP Basic access keys of one of the {@link UserDirectory}'s users. A request without usable credentials is
 * anonymous (the operation then answers 401 itself unless it is public); wrong credentials are 401 at once.
 */
public final class Authenticator {

    /** The message lakeFS answers every authentication failure with. */
    public static final String FAILURE_MESSAGE = "error authenticating request";

    private static final String BEARER = "Bearer";

    private final UserDirectory users;

    private final LoginTokens tokens;

    public Authenticator(UserDirectory users, LoginTokens tokens) {
        this.users = users;
        this.tokens = tokens;
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
        String token = bearerToken(header);
        if (token != null) {
            return Optional.of(this.tokens.verify(token).flatMap(this.users::principal)
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
        return Optional.of(this.users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
            .orElseThrow(Authenticator::failure));
    }

    /**
     * The token of a header that is exactly two whitespace-separated fields, the first {@code Bearer} in any case
     * (lakeFS's {@code strings.Fields} rule); null for any other header.
     */
    private static @Nullable String bearerToken(String header) {
        int end = header.length();
        int start = skipWhitespace(header, 0, end);
        while (end > start && isWhitespace(header.charAt(end - 1))) {
            end--;
        }
        int scheme = start + BEARER.length();
        if (scheme >= end || !header.regionMatches(true, start, BEARER, 0, BEARER.length())
                || !isWhitespace(header.charAt(scheme))) {
            return null;
        }
        int token = skipWhitespace(header, scheme, end);
        for (int i = token; i < end; i++) {
            if (isWhitespace(header.charAt(i))) {
                return null;
            }
        }
        return header.substring(token, end);
    }

    private static int skipWhitespace(String value, int from, int end) {
        int at = from;
        while (at < end && isWhitespace(value.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Go's {@code unicode.IsSpace} in the ASCII range. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code POST /auth/login}.
     * @return a login token for the user whose pair this is
     * @throws ApiException 401 for a pair no user has
     */
    public LoginTokens.Token login(String accessKeyId, String secretAccessKey) {
        Principal user = this.users.authenticate(accessKeyId, secretAccessKey).orElseThrow(Authenticator::failure);
        return this.tokens.issue(user.username(), this.tokens.lifetime());
    }

    /** @return a token of the given lifetime for a user another way of authenticating vouched for */
    public LoginTokens.Token issue(String username, Duration lifetime) {
        Principal user = this.users.principal(username).orElseThrow(Authenticator::failure);
        return this.tokens.issue(user.username(), lifetime);
    }

    public static ApiException failure() {
        return new ApiException(401, FAILURE_MESSAGE);
    }

}
