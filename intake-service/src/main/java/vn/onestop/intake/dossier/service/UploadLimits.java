package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * How much a request may upload, checked while it is read (UploadedContent, MultipartSubmissions):
 * one component at most {@link #COMPONENT_BYTES} (the catalog's largest component, construction
 * drawings of 50 MiB; each component's own limit, usually 10 MiB, is checked once it is read), and
 * the uploads of one request together at most {@link #REQUEST_BYTES}. The HTTP layer refuses a body
 * over {@code quarkus.http.limits.max-body-size} before any of this.
 */
public final class UploadLimits {

    /** The most one component may be, decoded: the catalog's largest maxSizeBytes. */
    public static final long COMPONENT_BYTES = 50L * 1024 * 1024;

    /** The most one request's uploads may be together, decoded. */
    public static final long REQUEST_BYTES = 60L * 1024 * 1024;

    private UploadLimits() {
    }

    /** The upload budget of one request: what its components have used so far. */
    public static final class Budget {
        private long used;

        static Budget of(DeserializationContext context) {
            Object budget = context.getAttribute(Budget.class);
            if (budget == null) {
                budget = new Budget();
                context.setAttribute(Budget.class, budget);
            }
            return (Budget) budget;
        }

        /**
         * Counts {@code more} bytes of a component that has {@code sofar}; the reason it may not, or
         * null when it may.
         */
        public String take(long sofar, long more) {
            String refusal = refusal(sofar + more, used + more);
            if (refusal == null) {
                used += more;
            }
            return refusal;
        }
    }

    /** Why a component of {@code componentBytes} in a request of {@code requestBytes} is refused, or null. */
    public static String refusal(long componentBytes, long requestBytes) {
        if (componentBytes > COMPONENT_BYTES) {
            return "is larger than " + COMPONENT_BYTES + " bytes, the most any component of the catalog accepts";
        }
        if (requestBytes > REQUEST_BYTES) {
            return "takes the request's uploads past " + REQUEST_BYTES + " bytes together; send the largest "
                    + "components with a supplement or by reference to the e-document store";
        }
        return null;
    }
}
