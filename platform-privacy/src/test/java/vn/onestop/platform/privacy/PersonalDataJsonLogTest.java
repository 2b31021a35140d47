package vn.onestop.platform.privacy;

import io.quarkus.logging.json.runtime.JsonFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production logs JSON (quarkus-logging-json, exception-output-type=formatted in each service): the
 * filter rewrites the record itself, so the JSON line shows only masked values, in the message and
 * in the exception alike, and the exception keeps its own class name.
 */
class PersonalDataJsonLogTest {

    @Test
    void a_json_log_line_shows_personal_data_masked() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "applicant %s, phone %s, mail %s",
                ExtLogRecord.FormatStyle.PRINTF, PersonalDataJsonLogTest.class.getName());
        record.setParameters(new Object[]{"079088001234", "0912345678", "an@example.vn"});
        record.setThrown(new IllegalArgumentException("no citizen 079088001234"));
        record.setLoggerName("vn.onestop.intake");

        assertThat(new PersonalDataLogFilter().isLoggable(record)).isTrue();
        JsonFormatter json = new JsonFormatter();
        json.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
        String line = json.format(record);

        assertThat(line).startsWith("{")
                .doesNotContain("079088001234", "0912345678", "an@example.vn")
                .contains("applicant 079*******34", "a***@example.vn")
                .contains("java.lang.IllegalArgumentException: no citizen 079*******34")
                .doesNotContain("MaskedThrowable");
    }
}
