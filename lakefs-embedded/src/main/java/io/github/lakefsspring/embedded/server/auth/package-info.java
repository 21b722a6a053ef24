/**
 * Authentication of API requests: basic auth with the server's access key pair, login tokens, and the keys derived from the secret for each purpose.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.auth;

import org.jspecify.annotations.NullMarked;
