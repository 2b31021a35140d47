package vn.onestop.results.edocument.service;

import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Keyset position in an owner's documents ordered by (issuedAt desc, id desc): the last one of the
 * previous page. Opaque to clients.
 */
record DocumentCursor(OffsetDateTime issuedAt, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((issuedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static DocumentCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new DocumentCursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid("cursor is not one this API returned",
                    List.of(new Problem.Violation("cursor", "is not valid")));
        }
    }
}
