package io.github.lakefsspring.client.http;

import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.ExternalLoginInformation;
import io.github.lakefsspring.client.http.RequestBodies.LoginInformation;
import io.github.lakefsspring.client.http.RequestBodies.StsAuthRequest;
import io.github.lakefsspring.client.http.ResponseBodies.AuthenticationToken;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/** lakeFS's login operations, which take no credentials and answer a token, for the reactive client. */
public interface ReactiveAuthExchange {

    @PostExchange("/auth/login")
    @LakeFSOperation(value = "login", idempotent = true)
    Mono<AuthenticationToken> login(@RequestBody LoginInformation body);

    @PostExchange("/auth/external/principal/login")
    @LakeFSOperation(value = "externalPrincipalLogin", idempotent = true)
    Mono<AuthenticationToken> externalPrincipalLogin(@RequestBody ExternalLoginInformation body);

    @PostExchange("/sts/login")
    @LakeFSOperation(value = "stsLogin", idempotent = true)
    Mono<AuthenticationToken> stsLogin(@RequestBody StsAuthRequest body);

}
