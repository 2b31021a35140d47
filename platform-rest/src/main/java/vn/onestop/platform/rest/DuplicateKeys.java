package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON object that names a member twice is refused (400 {@code malformed-body}, from the parser's
 * "Duplicate field"), never read one way or the other: Jackson would otherwise keep the last value,
 * or, for a record, fail as if the record were our mistake (an empty 500).
 */
@Singleton
public class DuplicateKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
