package vn.onestop.portal.web;

import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/**
 * A call whose parameters the reader typed or chose (a level, a month in the address): the API's 400
 * is the reader's mistake and the page's 400; any other answer as {@link Apis#call}.
 */
final class ReaderInput {

    private ReaderInput() {
    }

    static <T> T call(String what, Supplier<T> call) {
        return Apis.call(what, () -> {
            try {
                return call.get();
            } catch (WebApplicationException e) {
                if (e.getResponse() != null && e.getResponse().getStatus() == 400) {
                    throw new PageException(400, what + ": the parameters were refused");
                }
                throw e;
            }
        });
    }
}
