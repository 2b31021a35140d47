package vn.onestop.results.handover.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/**
 * Body of {@code POST /api/v1/results/{id}/handover}. {@code proof} is what shows the result
 * reached the applicant: the postal tracking number (required for POSTAL), the reference of the
 * signed handover slip at the counter, the portal's download receipt. {@code handedOverAt}
 * defaults to now.
 */
public record HandoverRequest(
        @NotNull(message = "must be COUNTER, POSTAL or ONLINE")
        @Pattern(regexp = "COUNTER|POSTAL|ONLINE", message = "must be COUNTER, POSTAL or ONLINE") String channel,
        @NotBlank(message = "must name who received the result") @Size(max = 200) String receivedBy,
        @NotBlank(message = "must give the id number of who received the result") @Size(max = 20)
        String receiverIdNumber,
        @Size(max = 200) String proof,
        OffsetDateTime handedOverAt) {
}
