package vn.onestop.processing.casefile.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.onestop.processing.workflow.domain.StepState;

import java.util.List;

/**
 * The workflow's step states in {@code case_file.run} (JSON text): instants as ISO-8601, so rows
 * written before this converter read the same.
 */
@Converter
public class StepStatesConverter implements AttributeConverter<List<StepState>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<StepState>> STEPS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<StepState> steps) {
        try {
            return steps == null ? null : JSON.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the workflow's step states", e);
        }
    }

    @Override
    public List<StepState> convertToEntityAttribute(String json) {
        try {
            return json == null ? null : List.copyOf(JSON.readValue(json, STEPS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored workflow state is unreadable", e);
        }
    }
}
