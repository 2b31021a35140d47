package vn.onestop.rating.indices.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import vn.onestop.rating.indices.service.ComputedOnce;

/** A published figure's answer: 200 with how long a client or a proxy may keep it (docs/adr/0033). */
final class Published {

    private Published() {
    }

    static <T> RestResponse<T> answer(ComputedOnce.Served<T> served) {
        return RestResponse.ResponseBuilder.ok(served.value())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + served.maxAgeSeconds())
                .build();
    }
}
