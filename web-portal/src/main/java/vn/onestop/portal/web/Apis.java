package vn.onestop.portal.web;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/** One call to a service's API for a page: what the reader sees when the service says no or is away. */
final class Apis {

    private Apis() {
    }

    /**
     * A 404 of the API is the page's 404; a service that does not answer is a 503 (try again), any
     * other refusal a 502: the portal sent what the page asked, so it is not the reader's fault.
     */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new PageException(403, what + ": not for this user");
            }
            if (status == 404) {
                throw new PageException(404, what + " not found");
            }
            if (status == 503 || status == 429) {
                throw new PageException(503, what + ": the service is busy", e);
            }
            throw new PageException(502, what + ": the service answered " + status, e);
        } catch (ProcessingException e) {
            throw new PageException(503, what + ": the service does not answer", e);
        }
    }
}
