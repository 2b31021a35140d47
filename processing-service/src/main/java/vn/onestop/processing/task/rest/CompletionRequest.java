package vn.onestop.processing.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /api/v1/tasks/{id}/complete}; who completes it is the caller. */
public record CompletionRequest(
        @NotNull @Pattern(regexp = "APPROVE|REJECT|REQUEST_SUPPLEMENT|REQUEST_PAYMENT",
                message = "must be APPROVE, REJECT, REQUEST_SUPPLEMENT or REQUEST_PAYMENT") String outcome,
        @Size(max = 2000) String note,
        Map<String, Object> resultData,
        @Size(max = 50) List<@NotBlank String> missingItems,
        OffsetDateTime supplementDeadline,
        @PositiveOrZero Long amount) {
}
