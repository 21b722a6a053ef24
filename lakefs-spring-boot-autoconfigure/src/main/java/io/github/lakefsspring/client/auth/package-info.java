/**
 * How a lakeFS client authenticates: the {@link io.github.lakefsspring.client.auth.LakeFSCredentialsProvider} SPI
 * and the providers for every way lakeFS deployments authenticate (access keys, session tokens, login tokens, AWS
 * IAM, web identity).
 */
@NullMarked
package io.github.lakefsspring.client.auth;

import org.jspecify.annotations.NullMarked;
