package io.github.lakefsspring.client;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Authenticates the reactive client's requests. Credentials at hand are used at once; renewing them (which may
 * log in) happens on Reactor's bounded elastic scheduler, never on an event loop. A request without a body that
 * lakeFS refuses with 401 is sent once more when the refused credentials were a token that could be renewed.
 */
final class AuthorizingFilter implements ExchangeFilterFunction {

    private final CredentialsCache credentials;

    AuthorizingFilter(CredentialsCache credentials) {
        this.credentials = credentials;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return authorization().flatMap((authorization) -> next.exchange(authorized(request, authorization))
            .flatMap((response) -> {
                if (response.statusCode().value() != 401 || !this.credentials.rejected(authorization)
                        || !withoutBody(request.method())) {
                    return Mono.just(response);
                }
                return response.releaseBody()
                    .then(authorization())
                    .flatMap((renewed) -> next.exchange(authorized(request, renewed)));
            }));
    }

    private Mono<String> authorization() {
        return Mono.defer(() -> {
            String fresh = this.credentials.authorizationIfFresh();
            return (fresh != null) ? Mono.just(fresh)
                    : Mono.fromCallable(this.credentials::authorization).subscribeOn(Schedulers.boundedElastic());
        });
    }

    private static ClientRequest authorized(ClientRequest request, String authorization) {
        return ClientRequest.from(request).headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, authorization))
            .build();
    }

    private static boolean withoutBody(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.DELETE.equals(method);
    }

}
