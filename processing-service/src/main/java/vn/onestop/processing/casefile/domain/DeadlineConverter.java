package vn.onestop.processing.casefile.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.onestop.workingtime.Deadline;
import vn.onestop.workingtime.DeadlineJson;

/** The working-time explanation of the due date in {@code case_file.deadline}, in working-time's own JSON. */
@Converter
public class DeadlineConverter implements AttributeConverter<Deadline, String> {

    @Override
    public String convertToDatabaseColumn(Deadline deadline) {
        return deadline == null ? null : DeadlineJson.write(deadline);
    }

    @Override
    public Deadline convertToEntityAttribute(String json) {
        return json == null ? null : DeadlineJson.read(json);
    }
}
