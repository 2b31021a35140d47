package vn.onestop.intake.centre.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/service-centres/{code}/channels/{channel}}. */
public record ChannelChange(@NotNull Boolean open, @Size(max = 500) String reason) {
}
