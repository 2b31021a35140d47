package vn.onestop.results.result.rest;

import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;

/**
 * Body of {@code POST /api/v1/results/{id}/revocation/approval}: the request approved, named by when
 * it was made ({@code revocationRequest.requestedAt} of the result), so that a request withdrawn and
 * made again with another reason is never approved unread.
 */
public record RevocationApproval(@NotNull(message = "must be the requestedAt of the revocation request approved")
                                 OffsetDateTime requestedAt) {
}
