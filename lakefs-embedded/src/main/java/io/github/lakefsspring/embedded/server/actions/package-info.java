/**
 * lakeFS Actions: action files under {@code _lakefs_actions/} run their webhooks on repository events, pre-event
 * failures abort the operation, and every run is recorded for the actions API.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.actions;

import org.jspecify.annotations.NullMarked;
