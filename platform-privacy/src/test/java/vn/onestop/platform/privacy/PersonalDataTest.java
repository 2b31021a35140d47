package vn.onestop.platform.privacy;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            owner 079088001234 refused                        | owner 079*******34 refused
            idNumber=001203004567,                             | idNumber=001*******67,
            "idNumber": "096185000321"                         | "idNumber": "096*******21"
            call 0912345678 or +84912345678 or 84912345678     | call 091****678 or +8491****678 or 8491****678
            mail an@example.vn, Tran.Thi_B+x@so-tp.hcm.gov.vn  | mail a***@example.vn, T***@so-tp.hcm.gov.vn
            số079088001234                                    | số079*******34
            dossier 3f2a0c1e-5b7d-4c9e-8a6f-123456789012       | dossier 3f2a0c1e-5b7d-4c9e-8a6f-123456789012
            code 000.01.20.H22-261126-0001 at 000.00.01.H22    | code 000.01.20.H22-261126-0001 at 000.00.01.H22
            result 000001/2026/GCN-H22, fee 150000 VND         | result 000001/2026/GCN-H22, fee 150000 VND
            offset 1733500000000 and 0791234567890             | offset 1733500000000 and 0791234567890
            sha256 a1b2c3079088001234d4                        | sha256 a1b2c3079088001234d4
            at 2026-12-06T16:02:35.123456Z                     | at 2026-12-06T16:02:35.123456Z
            """)
    void masks_whole_identity_numbers_phones_and_addresses_and_nothing_else(String text, String expected) {
        assertThat(PersonalData.mask(text)).isEqualTo(expected);
    }

    @Test
    void empty_and_missing_text_stay_as_they_are() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void the_log_filter_masks_the_formatted_message_and_every_exception_message_but_keeps_the_record() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "owner %s at %s", ExtLogRecord.FormatStyle.PRINTF,
                PersonalDataTest.class.getName());
        record.setParameters(new Object[]{"079088001234", "an@example.vn"});
        IllegalStateException thrown = new IllegalStateException("no phone 0912345678",
                new IllegalArgumentException("bad id 001203004567"));
        record.setThrown(thrown);

        assertThat(new PersonalDataLogFilter().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage()).isEqualTo("owner 079*******34 at a***@example.vn");
        StringWriter printed = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString())
                .contains("java.lang.IllegalStateException: no phone 091****678")
                .contains("Caused by: java.lang.IllegalArgumentException: bad id 001*******67")
                .contains("PersonalDataTest.the_log_filter_masks")
                .doesNotContain("0912345678", "001203004567");
        // the exception the code threw is untouched
        assertThat(thrown.getMessage()).isEqualTo("no phone 0912345678");
    }
}
